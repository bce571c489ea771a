import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from '../content-model/content-dir';
import { ContentError } from '../content-model/content-error';

/*
 * Collections in the guide's own numbering. Content rules (unique numbers, texts present,
 * references) are checked once, before the build renders anything: see content-model/validate-content.ts.
 */

export const contentFile = (collection: string, file: string) => `${contentDir.replace(/^\.\//, '')}/${collection}/${file}`;

export const getThemes = async () => (await getCollection('themes')).sort((a, b) => a.data.number - b.data.number);
export const getSteps = async () => (await getCollection('steps')).sort((a, b) => a.data.order - b.data.order);
export const getFootnotes = async () => (await getCollection('footnotes')).sort((a, b) => a.data.number - b.data.number);
export const getSources = async () => (await getCollection('sources')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));

/** Look up an entry used by a component in MDX (the plugins already checked the id at compile time). */
export async function requireEntry<C extends 'quotes' | 'examples' | 'sources' | 'pages'>(
  collection: C,
  id: string,
  usedIn: string,
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    throw new ContentError(`${usedIn}: onbekende id "${id}" in ${collection} (verwacht een bestand in ${contentFile(collection, '')})`);
  }
  return entry as CollectionEntry<C>;
}
