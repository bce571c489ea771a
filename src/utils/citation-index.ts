import { getCollection, render } from 'astro:content';
import { readMentions } from '../content-model/mentions';
import { collectCitations, type Citation } from './citations';
import { describeEntry, getReadingOrder } from './guide';
import { footnotePath } from '../content-model/paths';

let index: Promise<Map<string, Citation[]>> | undefined;

/** Every citation in the guide, from what the plugins recorded while rendering; once per build. */
export function getCitationIndex(): Promise<Map<string, Citation[]>> {
  index ??= (async () => {
    const [guide, footnotes, articles] = await Promise.all([getReadingOrder(), getCollection('footnotes'), getCollection('achtergrond')]);
    const citing = [
      ...guide,
      ...footnotes.map((e) => ({ entry: e, label: `Voetnoot ${e.data.number}`, href: footnotePath(e.data.number) })),
      ...articles.map(describeEntry),
    ];
    return collectCitations(
      await Promise.all(
        citing.map(async ({ entry, label, href }) => ({
          title: label,
          href,
          mentions: readMentions((await render(entry)).remarkPluginFrontmatter).mentions,
        })),
      ),
    );
  })();
  return index;
}

/** Citations of one target, e.g. citationsOf('thema', 3). */
export async function citationsOf(kind: string, target: string | number): Promise<Citation[]> {
  return (await getCitationIndex()).get(`${kind}-${target}`) ?? [];
}
