/**
 * Dutch at query time: turn what the reader typed into the Pagefind searches to run.
 * Pure functions over the build's vocabulary (src/search/vocabulary.ts), so they are
 * unit-tested without a browser. Pagefind matches word prefixes only; this adds
 *  - the editors' glossary (IHP ↔ Integraal Huisvestingsplan, kindcentrum ↔ kindcentra),
 *  - compounds that contain a word as a later part (huisvesting → onderwijshuisvesting),
 *    checked against the corpus: the rest of the compound must itself be a word of the guide,
 *  - typo correction to the nearest vocabulary word, and honest "not found" for the rest.
 */
import { STOPWORDS } from './stopwords.ts';
import type { Alternative, QueryPlan, QueryUnit, Vocabulary, VocabularyData } from './types.ts';

export const MAX_QUERY = 100;
const INFLECTIONS = ['', 's', 'en', 'e', 'n', 'es', 'er', 'ers', 'eren', 'ren', 'tje', 'tjes', 'je', 'jes'];
const LINKS = ['', 's', 'e', 'en', 'er'];
/** The shortest part a compound is split into (shorter "words" are mostly endings). */
const MIN_PART = 4;

/** Lowercase, no diacritics, only letters and digits: how words are compared. */
export const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

export function loadVocabulary(data: VocabularyData): Vocabulary {
  const rank = new Map<string, number>();
  data.words.split(' ').forEach((w, i) => {
    const f = fold(w);
    if (f && !rank.has(f)) rank.set(f, i);
  });
  const groupsByForm = new Map<string, string[][]>();
  for (const g of data.groups) for (const form of g) {
    const key = form.split(/\s+/).map(fold).join(' ');
    groupsByForm.set(key, [...(groupsByForm.get(key) ?? []), g]);
  }
  return { data, rank, sorted: [...rank.keys()].sort(), groupsByForm };
}

/** Folded vocabulary words starting with `prefix` (binary search in the sorted list). */
export function withPrefix(v: Vocabulary, prefix: string): string[] {
  let lo = 0;
  let hi = v.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < v.sorted.length && v.sorted[i].startsWith(prefix); i++) out.push(v.sorted[i]);
  return out;
}

const isWord = (v: Vocabulary, w: string) => w.length >= 3 && v.rank.has(w);
/** Is `rest` (what follows a word inside a longer word) an ending, or a linking letter plus a word? */
const isTail = (v: Vocabulary, rest: string) =>
  INFLECTIONS.includes(rest) || LINKS.some((l) => rest.startsWith(l) && isWord(v, rest.slice(l.length)));
/** Is `head` (what precedes a word inside a compound) a word, possibly with a linking letter? */
const isHead = (v: Vocabulary, head: string) =>
  head.length >= 3 && LINKS.some((l) => head.endsWith(l) && isWord(v, head.slice(0, head.length - l.length)));

/**
 * Is `word` a form of the searched `term`: the term itself, an inflection of it, or a compound
 * whose last part it is (onderwijshuisvesting for huisvesting)? A Dutch compound names a kind of
 * its last part, so kinderopvang is no form of kind, although Pagefind's prefix match finds it.
 */
export function isFormOf(v: Vocabulary, word: string, term: string): boolean {
  if (word.startsWith(term) && INFLECTIONS.includes(word.slice(term.length))) return true;
  const at = word.lastIndexOf(term);
  return at > 0 && isHead(v, word.slice(0, at)) && INFLECTIONS.includes(word.slice(at + term.length));
}

/** Compounds in the corpus that contain `w` after a first part that is itself a word. */
export function compoundsContaining(v: Vocabulary, w: string, limit = 10): string[] {
  if (w.length < 4) return [];
  const out: string[] = [];
  for (const word of v.rank.keys()) {
    const at = word.indexOf(w, 1);
    if (at < 0 || word === w) continue;
    if (isHead(v, word.slice(0, at)) && isTail(v, word.slice(at + w.length))) out.push(word);
  }
  return out.sort((a, b) => v.rank.get(a)! - v.rank.get(b)!).slice(0, limit);
}

/**
 * A compound the guide does not have, as two words it has (achterstandswijk → achterstand +
 * wijk, with a linking s), or null. Tried before typo correction: such a word is no typo.
 */
export function splitCompound(v: Vocabulary, w: string): [string, string] | null {
  for (let at = w.length - MIN_PART; at >= MIN_PART; at--) {
    const head = w.slice(0, at);
    if (!isWord(v, head)) continue;
    for (const link of LINKS) {
      const tail = w.slice(at + link.length);
      if (w.startsWith(link, at) && tail.length >= MIN_PART && isWord(v, tail)) return [head, tail];
    }
  }
  return null;
}

/** Optimal string alignment distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/** The nearest vocabulary word to an unknown word, or null. Short words are not guessed at. */
export function correct(v: Vocabulary, w: string): string | null {
  const max = w.length >= 8 ? 2 : w.length >= 5 ? 1 : 0;
  let best: string | null = null;
  let bestD = max + 1;
  if (max > 0) {
    for (const word of v.rank.keys()) {
      if (word.length < 4) continue;
      const d = editDistance(w, word, Math.min(max, bestD));
      if (d < bestD || (d === bestD && best && v.rank.get(word)! < v.rank.get(best)!)) [best, bestD] = [word, d];
    }
  }
  if (best) return best;
  // A longer form of a word the guide has (combinatiefunctionaris → combinatiefuncties).
  const keep = Math.max(10, w.length - 6);
  if (w.length < keep) return null;
  const near = withPrefix(v, w.slice(0, keep));
  return near.sort((a, b) => v.rank.get(a)! - v.rank.get(b)!)[0] ?? null;
}

/** The search for one known word: the word itself, its glossary forms and compounds that contain it. */
function wordAlternatives(v: Vocabulary, w: string): Alternative[] {
  // Exact where Pagefind's prefix match would reach words that are no inflection or compound of w.
  const exact = w.length <= 4 && withPrefix(v, w).some((x) => !isTail(v, x.slice(w.length)) || (w.length <= 3 && !INFLECTIONS.includes(x.slice(w.length))));
  const alts: Alternative[] = [{ term: w, weight: 1, exact }];
  if (exact) for (const end of INFLECTIONS.slice(1)) if (v.rank.has(w + end)) alts.push({ term: w + end, weight: 1, exact: true });
  for (const g of v.groupsByForm.get(w) ?? []) for (const form of g) alts.push({ term: form, weight: 0.9, exact: fold(form).length <= 4 });
  for (const c of v.data.parts[w] ?? []) alts.push({ term: c, weight: 0.8, exact: false });
  for (const c of compoundsContaining(v, w)) alts.push({ term: c, weight: 0.7, exact: false });
  return dedupe(alts, v);
}

/** Pagefind shortens a word it does not know until something matches ("wijkteam" → "wijk"): send only words the guide has. */
const inGuide = (v: Vocabulary, term: string) => term.split(' ').every((t) => v.rank.has(t) || (t.length >= 4 && withPrefix(v, t).length > 0));

function dedupe(alts: Alternative[], v: Vocabulary): Alternative[] {
  const seen = new Map<string, Alternative>();
  for (const a of alts) {
    const key = a.term.split(/\s+/).map(fold).join(' ');
    if (key && !seen.has(key) && inGuide(v, key)) seen.set(key, { ...a, term: key });
  }
  return [...seen.values()];
}

export function planQuery(raw: string, v: Vocabulary): QueryPlan {
  const trimmed = raw.trim();
  const truncated = trimmed.length > MAX_QUERY;
  const tokens = trimmed.slice(0, MAX_QUERY).split(/\s+/).map(fold).filter(Boolean);
  if (tokens.length === 0) return { units: [], truncated, empty: true };
  const units: QueryUnit[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Longest glossary phrase starting here (lokale educatieve agenda → LEA).
    let matched = 0;
    for (let n = Math.min(5, tokens.length - i); n >= 2 && !matched; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const groups = v.groupsByForm.get(phrase);
      if (groups) {
        matched = n;
        const alts = [{ term: phrase, weight: 1, exact: false }, ...groups.flat().map((f) => ({ term: f, weight: 0.9, exact: fold(f).length <= 4 }))];
        units.push({ typed: phrase, used: phrase, corrected: false, alternatives: dedupe(alts, v) });
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const w = tokens[i++];
    if (STOPWORDS.has(w) && tokens.some((t) => !STOPWORDS.has(t))) continue;
    if (/^\p{N}+$/u.test(w)) {
      units.push({ typed: w, used: w, corrected: false, alternatives: [{ term: w, weight: 1, exact: true }] });
      continue;
    }
    let used: string | null = v.rank.has(w) || v.groupsByForm.has(w) || (w.length >= 4 && withPrefix(v, w).length > 0) ? w : null;
    const parts = used === null ? splitCompound(v, w) : null;
    if (parts) {
      for (const part of parts) units.push({ typed: w, used: part, corrected: false, split: parts, alternatives: wordAlternatives(v, part) });
      continue;
    }
    const corrected = used === null && (used = correct(v, w)) !== null;
    units.push({ typed: w, used, corrected, alternatives: used ? wordAlternatives(v, used) : [] });
  }
  return { units, truncated, empty: false };
}
