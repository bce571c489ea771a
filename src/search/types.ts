/**
 * The shapes search passes around, shared by the build (src/search/vocabulary.ts writes the
 * vocabulary) and the browser (src/browser/search-page.ts reads it), and the part of Pagefind's
 * JS API the search page uses.
 */

/**
 * What a page is, for ranking: the guide's own text, a background article beside the guide, a
 * catalogue entry (a source or footnote page) that only points to where the guide discusses it,
 * or the glossary of terms (/begrippen/), which says what an abbreviation stands for.
 */
export type PageKind = 'gids' | 'achtergrond' | 'catalogus' | 'begrippen';

/** Page id → [title, kicker ('' if none), kind, filter numbers]. */
export type PageRow = [title: string, kicker: string, kind: PageKind, filters: number[]];

/**
 * What the search page needs besides Pagefind's index, fetched once when search is used:
 * the words of the indexed text (to expand compounds and correct typos before asking
 * Pagefind), the editors' glossary and compounds, and per page its title, kind and filters
 * (to rank, group and count without loading every result).
 */
export interface VocabularyData {
  /** Indexed words, most frequent first (document frequency), space-separated. */
  words: string;
  /** Glossary: groups of equivalent forms (abbreviation, full form, variants), lowercase. */
  groups: string[][];
  /** Editors' compounds: part → compounds in the corpus that contain it. */
  parts: Record<string, string[]>;
  /** Every "name:value" filter, indexed by the numbers in `pages`. */
  filters: string[];
  pages: Record<string, PageRow>;
}

/** The vocabulary as the query planner uses it (src/search/query.ts `loadVocabulary`). */
export interface Vocabulary {
  data: VocabularyData;
  /** folded word → frequency rank (0 = most frequent) */
  rank: Map<string, number>;
  /** folded words, alphabetical, for prefix look-ups */
  sorted: string[];
  groupsByForm: Map<string, string[][]>;
}

/** One alternative search for a unit of the query. */
export interface Alternative {
  term: string;
  weight: number;
  /** Short words: Pagefind's prefix match would also find unrelated longer words ("lea" → "lead"). */
  exact: boolean;
}

export interface QueryUnit {
  typed: string;
  /** The vocabulary word or glossary form searched for, null when nothing in the guide matches. */
  used: string | null;
  corrected: boolean;
  /** A compound the guide lacks, searched as the words of the guide it is made of ("achterstandswijk"). */
  split?: string[];
  alternatives: Alternative[];
}

export interface QueryPlan {
  units: QueryUnit[];
  truncated: boolean;
  /** The query had no letters or digits at all. */
  empty: boolean;
}

/** A word Pagefind matched: its position in the page's words and the weight of the element it is in. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A heading with an id, as Pagefind records it (its position in the page's words). */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The fields of a loaded Pagefind result the search page reads. */
export interface PagefindResultData {
  url: string;
  /** The indexed text; Pagefind's locations count its whitespace-separated words. */
  content: string;
  meta: { title?: string; kicker?: string };
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}
