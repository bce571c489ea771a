/**
 * Excerpts: the sentence(s) of a page that best match the query, cut from the text Pagefind
 * indexed (its `content`, whose whitespace-separated words its locations count). Pure, so the
 * unit tests run it on recorded results (test/unit/search/excerpt.test.ts). The reader sees the
 * title above the excerpt, so the page's kicker and title are never part of it; footnote
 * markers ("voetnoot 19", read out to screen readers) and web addresses are not text to read.
 */
import type { Anchor } from './types.ts';

/** A sentence shorter than this gets the next one of its section as context. */
export const MIN_WORDS = 14;
/** Longer passages are cut around their matches, marked "…" where cut. */
export const MAX_WORDS = 40;
export const ELLIPSIS = '…';

export interface PassageSource {
  content: string;
  anchors: Anchor[];
  meta: { title?: string; kicker?: string };
}

export interface Passage {
  /** Escaped text with the matched words in <mark>. */
  html: string;
  /** The id of the section (heading or term) the passage is in, to link to; '' at the top. */
  anchor: string;
  /** Distinct units of the query matched, then matches: how well the passage answers the query. */
  score: number;
}

export interface Section {
  id: string;
  title: string;
  passage: Passage;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const bare = (w: string) => w.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
const isUrl = (w: string) => /^\(?(https?:\/\/|www\.)/i.test(w);
const endsSentence = (w: string) => /[.!?:;]["'”’)]*$/.test(w);
/** Sections a result can open at: headings, and the terms of the glossary page. */
const isSection = (a: Anchor) => /^(h[2-6]|dt)$/i.test(a.element);

/** How far a page's title may start into its text (a source page opens with its type: "Rapport."). */
const TITLE_WITHIN = 8;

/** How many leading words are the page's kicker and title (Pagefind indexes them as the first text). */
export function headerLength(words: string[], meta: PassageSource['meta']): number {
  const title = (meta.title ?? '').split(/\s+/).filter(Boolean).map(bare);
  const kicker = (meta.kicker ?? '').split(/\s+/).filter(Boolean).length;
  if (!title.length) return 0;
  for (let at = 0; at <= kicker + TITLE_WITHIN; at++) if (title.every((w, i) => bare(words[at + i] ?? '') === w)) return at + title.length;
  return 0;
}

/** Word positions that are footnote markers ("voetnoot 19"): dropped from what the reader reads. */
function markerPositions(words: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length - 1; i++) {
    if (/^voetnoot$/i.test(words[i]) && /^\d+[.,;:)]*$/.test(words[i + 1]) && i > 0) out.add(i).add(i + 1);
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}

/** The page's sentences as word ranges, from the end of the header on. */
function sentences(words: string[], from: number, anchors: Anchor[]): Span[] {
  const breaks = new Set(anchors.filter(isSection).map((a) => a.location));
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < words.length; i++) {
    if (breaks.has(i + 1) || endsSentence(words[i]) || i === words.length - 1) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

/** Which sentence each word of the page is in (-1 for the kicker and title), for proximity in ranking. */
export function sentenceNumbers(page: PassageSource): Int32Array {
  const words = page.content.split(/\s+/);
  const out = new Int32Array(words.length).fill(-1);
  sentences(words, headerLength(words, page.meta), page.anchors).forEach((span, n) => out.fill(n, span.start, span.end));
  return out;
}

function render(words: string[], span: Span, hits: Set<number>, drop: Set<number>, cutStart: boolean, cutEnd: boolean): string {
  const parts: string[] = [];
  for (let i = span.start; i < span.end; i++) {
    if (drop.has(i)) {
      // Keep the marker's punctuation ("start voetnoot 3." → "start.").
      const tail = /[.,;:!?)]+$/.exec(words[i])?.[0];
      if (tail && parts.length && !drop.has(i + 1)) parts[parts.length - 1] += tail;
      continue;
    }
    let w = words[i].replace(/\u00ad/g, '');
    if (isUrl(w)) w = (/^\(?(?:https?:\/\/)?([^/\s]+)/i.exec(w)?.[1] ?? w) + '/…';
    parts.push(hits.has(i) ? w.replace(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u, (_, a, b, c) => `${escapeHtml(a)}<mark>${escapeHtml(b)}</mark>${escapeHtml(c)}`) : escapeHtml(w));
  }
  return `${cutStart ? `${ELLIPSIS} ` : ''}${parts.join(' ')}${cutEnd ? ` ${ELLIPSIS}` : ''}`;
}

/** Runs of RUN words of a passage as the reader reads them: what counts as showing a text again. */
const RUN = 8;
function runsOf(html: string): string[] {
  const plain = html.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
  const w = plain.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return w.length < RUN ? [w.join(' ')] : w.slice(0, w.length - RUN + 1).map((_, i) => w.slice(i, i + RUN).join(' '));
}

/**
 * The best passage of the page, and per other section with matches its best passage.
 * `units`: per unit of the query, the positions of its matched words.
 */
export function passages(page: PassageSource, units: number[][]): { best: Passage; sections: Section[] } {
  const words = page.content.split(/\s+/);
  const header = headerLength(words, page.meta);
  const drop = markerPositions(words);
  const counts = (l: number) => l >= header && !drop.has(l);
  const hits = new Set(units.flat().filter(counts));
  const unitAt = new Map(units.flatMap((ls, u) => ls.filter(counts).map((l) => [l, u] as const)));
  const sectionAnchors = page.anchors.filter(isSection).sort((a, b) => a.location - b.location);
  const sectionOf = (at: number) => sectionAnchors.filter((a) => a.location <= at).at(-1);
  const all = sentences(words, header, page.anchors);

  const scored = all.map((span, n) => {
    const found = [...hits].filter((l) => l >= span.start && l < span.end);
    const distinct = new Set(found.map((l) => unitAt.get(l))).size;
    const urls = words.slice(span.start, span.end).filter(isUrl).length;
    // Distinct words first, then matches; a heading or a list of addresses reads worse than a sentence.
    const heading = sectionAnchors.some((a) => a.location === span.start) && span.end - span.start < 12;
    return { span, n, score: found.length ? distinct * 10 + found.length - urls * 3 - (heading ? 5 : 0) : 0 };
  });

  const passageAt = (i: number): Passage => {
    const { span, score } = scored[i];
    let { start, end } = span;
    const section = sectionOf(start);
    // A short sentence takes the next one of the same section along.
    for (let j = i + 1; j < all.length && end - start < MIN_WORDS && sectionOf(all[j].start) === section; j++) end = all[j].end;
    let cutStart = false;
    let cutEnd = false;
    if (end - start > MAX_WORDS) {
      const inside = [...hits].filter((l) => l >= start && l < end).sort((a, b) => a - b);
      const first = inside[0] ?? start;
      const from = Math.max(start, Math.min(first - 6, end - MAX_WORDS));
      cutStart = from > start;
      cutEnd = from + MAX_WORDS < end;
      start = from;
      end = Math.min(end, from + MAX_WORDS);
    }
    return { html: render(words, { start, end }, hits, drop, cutStart, cutEnd), anchor: section?.id ?? '', score };
  };

  const ranked = [...scored].filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.n - b.n);
  // Only the title matched: the page's opening words say what it is about.
  if (!ranked.length) return { best: all.length ? passageAt(0) : { html: '', anchor: '', score: 0 }, sections: [] };
  const best = passageAt(ranked[0].n);
  // The guide repeats some passages (a list in two sections): show each text once.
  const seen = new Set(runsOf(best.html));
  const sections: Section[] = [];
  for (const s of ranked) {
    const section = sectionOf(s.span.start);
    if (!section || section.id === best.anchor || sections.some((x) => x.id === section.id)) continue;
    const passage = passageAt(s.n);
    const runs = runsOf(passage.html);
    if (runs.some((r) => seen.has(r))) continue;
    for (const r of runs) seen.add(r);
    sections.push({ id: section.id, title: section.text.replace(/\u00ad/g, ''), passage });
  }
  return { best, sections };
}
