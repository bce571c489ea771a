import { FOOTNOTE_MARKER } from './footnote-markers';
import { parseReference } from './references';
import { footnoteRefAnchor, refAnchor } from './paths';

/** A page (or footnote) whose Markdown body may cite footnotes and refer to other entries. */
export interface CitingEntry {
  title: string;
  href: string;
  body: string;
  /** Prefix of reference anchors in this entry (see anchorPrefix). */
  anchorPrefix?: string;
}
export interface Citation {
  title: string;
  /** Link to the exact place of mention. */
  href: string;
}

const linkPattern = /\]\(([a-z]+:[^)\s]+)\)/g;
/** `<Quote id="x" />` and `<Example id="x" />`: anchors are fixed ids set by the components. */
const componentPattern = /<(Quote|Example)\s+id="([^"]+)"/g;
const componentAnchor = { Quote: 'citaat', Example: 'voorbeeld' } as const;

/**
 * Who cites what, for backlinks ("genoemd in", "naar dit thema wordt verwezen vanuit").
 * Keys: `voetnoot-12`, `thema-3`, `bron-<id>`, … Anchors are numbered exactly as the
 * remark plugins number them, so each backlink lands on its mention.
 */
export function collectCitations(entries: CitingEntry[]): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const add = (key: string, citation: Citation) => {
    const list = index.get(key) ?? [];
    if (!list.some((c) => c.href.split('#')[0] === citation.href.split('#')[0])) list.push(citation);
    index.set(key, list);
  };
  for (const entry of entries) {
    const seen = new Map<string, number>();
    const count = (key: string) => {
      const k = (seen.get(key) ?? 0) + 1;
      seen.set(key, k);
      return k;
    };
    // Counted per key in document order, exactly like the remark plugins count.
    for (const m of entry.body.matchAll(new RegExp(FOOTNOTE_MARKER.source, 'g'))) {
      const n = Number(m[1]);
      add(`voetnoot-${n}`, { title: entry.title, href: `${entry.href}#${footnoteRefAnchor(n, count(`fn-${n}`))}` });
    }
    for (const m of entry.body.matchAll(linkPattern)) {
      const ref = parseReference(m[1]);
      if (!ref) continue;
      const key = `${ref.kind}-${ref.target}`;
      add(key, { title: entry.title, href: `${entry.href}#${entry.anchorPrefix ?? ''}${refAnchor(ref.kind, ref.target, count(key))}` });
    }
    for (const m of entry.body.matchAll(componentPattern)) {
      const prefix = componentAnchor[m[1] as keyof typeof componentAnchor];
      add(`${prefix}-${m[2]}`, { title: entry.title, href: `${entry.href}#${prefix}-${m[2]}` });
    }
  }
  return index;
}
