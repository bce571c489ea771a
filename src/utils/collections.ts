import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from './content-dir';

/** Thrown for content that would produce a broken site; the message names the file. */
export class ContentError extends Error {
  override name = 'ContentError';
}

export const contentFile = (collection: string, file: string) => `${contentDir.replace(/^\.\//, '')}/${collection}/${file}`;

/** Fail when two entries claim the same number/order: the guide's numbering must stay unique. */
function assertUnique<T>(items: T[], key: (item: T) => unknown, what: string, file: (item: T) => string) {
  const seen = new Map<unknown, T>();
  for (const item of items) {
    const k = key(item);
    const other = seen.get(k);
    if (other) throw new ContentError(`${what} ${String(k)} komt twee keer voor: ${file(other)} en ${file(item)}`);
    seen.set(k, item);
  }
}

/** A page of the guide without text is a mistake, not a page. */
function assertBody(entries: { id: string; body?: string }[], collection: string) {
  for (const e of entries) {
    if (!e.body?.trim()) throw new ContentError(`${contentFile(collection, `${e.id}.mdx`)}: de pagina heeft geen tekst`);
  }
}

export async function getThemes() {
  const themes = await getCollection('themes');
  assertBody(themes, 'themes');
  assertUnique(themes, (t) => t.data.number, 'Themanummer', (t) => contentFile('themes', `${t.id}.mdx`));
  return themes.sort((a, b) => a.data.number - b.data.number);
}

export async function getSteps() {
  const steps = await getCollection('steps');
  assertBody(steps, 'steps');
  assertUnique(steps, (s) => s.data.order, 'Stapvolgorde', (s) => contentFile('steps', `${s.id}.mdx`));
  return steps.sort((a, b) => a.data.order - b.data.order);
}

export async function getFootnotes() {
  // Unique numbers are checked by the registry, which the build loads with its config.
  const notes = await getCollection('footnotes');
  for (const n of notes) {
    if (!n.data.missing && !n.body?.trim()) {
      throw new ContentError(`${contentFile('footnotes', `${n.id}.md`)}: voetnoot ${n.data.number} heeft geen tekst; zet "missing: true" als de tekst ontbreekt`);
    }
  }
  return notes.sort((a, b) => a.data.number - b.data.number);
}

export async function getSources() {
  const sources = await getCollection('sources');
  return sources.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
}

export async function getPages() {
  const pages = await getCollection('pages');
  assertBody(pages, 'pages');
  return pages.sort((a, b) => a.data.order - b.data.order);
}

/** Look up an entry used by a component in MDX; a typo in an id fails the build, naming the id. */
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
