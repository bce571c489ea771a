import type { Mentions } from '../content-model/mentions';

/** An entry whose render recorded what it cites (see src/content-model/mentions.ts). */
export interface CitingEntry {
  title: string;
  href: string;
  mentions: Mentions['mentions'];
}
export interface Citation {
  title: string;
  /** Link to the exact place of mention. */
  href: string;
}

/**
 * Who cites what, for backlinks ("genoemd in", "naar dit thema wordt verwezen vanuit").
 * Keys as the plugins record them: `voetnoot-12`, `thema-3`, `bron-<id>`, `citaat-<id>`, …
 * One citation per citing page: its first mention.
 */
export function collectCitations(entries: CitingEntry[]): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  for (const entry of entries) {
    for (const { key, anchor } of entry.mentions) {
      const list = index.get(key) ?? [];
      if (!list.some((c) => c.href.split('#')[0] === entry.href)) list.push({ title: entry.title, href: `${entry.href}#${anchor}` });
      index.set(key, list);
    }
  }
  return index;
}
