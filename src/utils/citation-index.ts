import { getCollection, render } from 'astro:content';
import { readMentions } from '../content-model/mentions';
import { collectCitations, type Citation } from './citations';
import { describeEntry, getReadingOrder } from './guide';
import { footnotePath } from '../content-model/paths';

let index: Promise<Map<string, Citation[]>> | undefined;

/** Every citation in the guide, from what the plugins recorded while rendering; once per build. */
export function getCitationIndex(): Promise<Map<string, Citation[]>> {
  index ??= (async () => {
    const [guide, footnotes, articles, examples] = await Promise.all([
      getReadingOrder(),
      getCollection('footnotes'),
      getCollection('achtergrond'),
      getCollection('examples'),
    ]);
    const citing = [
      ...guide,
      ...footnotes.map((e) => ({ entry: e, label: `Voetnoot ${e.data.number}`, href: footnotePath(e.data.number) })),
      ...articles.map(describeEntry),
    ];
    const entries = await Promise.all(
      citing.map(async ({ entry, label, href }) => ({
        title: label,
        href,
        mentions: readMentions((await render(entry)).remarkPluginFrontmatter).mentions,
      })),
    );
    // An example (<Example id="…" />) is read on the page that shows it: what it cites, that page cites.
    const shownIn = collectCitations(entries);
    const fromExamples = await Promise.all(
      examples.map(async (example) => {
        const mentions = readMentions((await render(example)).remarkPluginFrontmatter).mentions;
        return (shownIn.get(`voorbeeld-${example.id}`) ?? []).map((host) => ({ title: host.title, href: host.href.split('#')[0], mentions }));
      }),
    );
    return collectCitations([...entries, ...fromExamples.flat()]);
  })();
  return index;
}

/** Citations of one target, e.g. citationsOf('thema', 3). */
export async function citationsOf(kind: string, target: string | number): Promise<Citation[]> {
  return (await getCitationIndex()).get(`${kind}-${target}`) ?? [];
}
