import { getCollection } from 'astro:content';
import { collectCitations, type Citation } from './citations';
import { achtergrondPath, footnoteAnchorPrefix, footnotePath, pagePath, stepPath, themePath } from './paths';

let index: Promise<Map<string, Citation[]>> | undefined;

/** Every citation in the guide, computed once per build. Keys as in collectCitations. */
export function getCitationIndex(): Promise<Map<string, Citation[]>> {
  index ??= (async () => {
    const [pages, themes, steps, footnotes, articles] = await Promise.all([
      getCollection('pages'),
      getCollection('themes'),
      getCollection('steps'),
      getCollection('footnotes'),
      getCollection('achtergrond'),
    ]);
    return collectCitations([
      ...pages.map((e) => ({ title: e.data.title, href: pagePath(e.id), body: e.body ?? '' })),
      ...themes.map((e) => ({ title: `Thema ${e.data.number}: ${e.data.title}`, href: themePath(e.id), body: e.body ?? '' })),
      ...steps.map((e) => ({ title: e.data.title, href: stepPath(e.id), body: e.body ?? '' })),
      ...footnotes.map((e) => ({
        title: `Voetnoot ${e.data.number}`,
        href: footnotePath(e.data.number),
        body: e.body ?? '',
        anchorPrefix: footnoteAnchorPrefix(e.id),
      })),
      ...articles.map((e) => ({ title: e.data.title, href: achtergrondPath(e.id), body: e.body ?? '' })),
    ]);
  })();
  return index;
}

/** Citations of one target, e.g. citationsOf('thema', 3). */
export async function citationsOf(kind: string, target: string | number): Promise<Citation[]> {
  return (await getCitationIndex()).get(`${kind}-${target}`) ?? [];
}
