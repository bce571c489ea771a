import { formsOf, type SearchGlossary } from '../utils/search-glossary';
import { listPath } from '../content-model/paths';
import type { PageKind, VocabularyData } from './types.ts';

/** One page as Pagefind indexed it (a decoded fragment file). */
export interface IndexedPage {
  /** Pagefind's page id (the fragment's file name), as search results report it. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A page's kind by where the site publishes it (src/utils/paths.ts knows the URL scheme): the
 * entries of the sources and footnotes catalogues point to where the guide discusses something;
 * background articles stand beside the guide; the glossary of terms is a kind of its own.
 */
const ENTRIES_OF: [string, PageKind][] = [
  [listPath('bronnen'), 'catalogus'],
  [listPath('voetnoten'), 'catalogus'],
  [listPath('achtergrond'), 'achtergrond'],
];
export const pageKind = (url: string): PageKind =>
  url === listPath('begrippen') ? 'begrippen' : (ENTRIES_OF.find(([list]) => url.startsWith(list) && url !== list)?.[1] ?? 'gids');

/** Pagefind drops these characters from words when it indexes and searches (see pagefind.js). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The words of a text the way Pagefind sees them: whitespace-separated, punctuation removed, lowercase. */
export function indexWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(PUNCTUATION, ''))
    .filter((w) => /^\p{L}{2,30}$/u.test(w));
}

/** The vocabulary of the indexed pages (written next to Pagefind's index, see search-index.ts). */
export function buildVocabulary(pages: IndexedPage[], glossary: SearchGlossary): VocabularyData {
  const df = new Map<string, number>();
  for (const page of pages) for (const w of new Set(indexWords(page.content))) df.set(w, (df.get(w) ?? 0) + 1);
  const words = [...df.keys()].sort((a, b) => df.get(b)! - df.get(a)! || a.localeCompare(b, 'nl'));

  const groups = glossary.begrippen.map((b) => formsOf(b)).filter((g) => g.length > 1);
  const parts: Record<string, string[]> = {};
  for (const [compound, ps] of glossary.compounds) {
    if (!df.has(compound)) continue;
    for (const part of ps) (parts[part.toLowerCase()] ??= []).push(compound);
  }

  const filters: string[] = [];
  const filterNumber = (f: string) => (filters.includes(f) ? filters.indexOf(f) : filters.push(f) - 1);
  const table: VocabularyData['pages'] = {};
  for (const page of pages) {
    const fs = Object.entries(page.filters).flatMap(([name, values]) => values.map((v) => filterNumber(`${name}:${v}`)));
    table[page.id] = [page.meta.title ?? page.url, page.meta.kicker ?? '', pageKind(page.url), fs];
  }
  return { words: words.join(' '), groups, parts, filters, pages: table };
}
