import { formsOf, type SearchGlossary } from '../utils/search-glossary';

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
 * What the search page needs besides Pagefind's index, fetched once when search is used:
 * the words of the indexed text (to expand compounds and correct typos before asking
 * Pagefind), the editors' glossary and compounds, and per page its title, kind and filters
 * (to rank, group and count without loading every result).
 */
export interface SearchVocabulary {
  /** Indexed words, most frequent first (document frequency), space-separated. */
  words: string;
  /** Glossary: groups of equivalent forms (abbreviation, full form, variants), lowercase. */
  groups: string[][];
  /** Editors' compounds: part → compounds in the corpus that contain it. */
  parts: Record<string, string[]>;
  /** Every "name:value" filter, indexed by the numbers in `pages`. */
  filters: string[];
  /** Page id → [title, kicker ('' if none), kind, filter numbers]. */
  pages: Record<string, [string, string, PageKind, number[]]>;
}

/** The guide's own text, or a catalogue entry (source stub, footnote page) that only points elsewhere. */
export type PageKind = 'gids' | 'catalogus';
const CATALOGUE = new Set(['Bron', 'Voetnoot']);

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

export function buildVocabulary(pages: IndexedPage[], glossary: SearchGlossary): SearchVocabulary {
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
  const table: SearchVocabulary['pages'] = {};
  for (const page of pages) {
    const fs = Object.entries(page.filters).flatMap(([name, values]) => values.map((v) => filterNumber(`${name}:${v}`)));
    const kind: PageKind = (page.filters.onderdeel ?? []).some((o) => CATALOGUE.has(o)) ? 'catalogus' : 'gids';
    table[page.id] = [page.meta.title ?? page.url, page.meta.kicker ?? '', kind, fs];
  }
  return { words: words.join(' '), groups, parts, filters, pages: table };
}
