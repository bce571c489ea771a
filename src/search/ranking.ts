/**
 * Ranking: run a query plan's searches through Pagefind and order the pages. Pure apart from
 * the `search` function it is given (Pagefind's in the browser, recorded results in the unit
 * tests, test/unit/search/ranking.test.ts). Pagefind scores each search on its own; this merges
 * them per page and applies what Pagefind cannot know:
 *  1. a guide page whose own title (or kicker) holds every word of the query comes first;
 *  2. Pagefind matches word prefixes, so "kind" also scores on "kinderopvang": a match counts in
 *     full only when the matched word is a form of the word searched (query.ts `isFormOf`);
 *  3. catalogue entries (source and footnote pages) only point to the guide: they rank below a
 *     guide page that discusses the query in its own words, unless the query names the entry;
 *     a page that only mentions the query where it cites an entry holds nobody down, and counts
 *     as little as an entry (CATALOGUE_FACTOR);
 *  4. a background article gains from its title only when the query names it;
 *     the glossary (/begrippen/) comes at most right after the best guide page when the query
 *     holds one of its terms (IHP, LEA), and is a catalogue entry otherwise;
 *  5. the parts of a compound the guide lacks, searched apart (query.ts `splitCompound`), are all required;
 *  6. a page that has the query's words together in one sentence answers it better than one
 *     that has them scattered (PROXIMITY_POWER).
 */
import { sentenceNumbers } from './excerpt.ts';
import { fold, isFormOf } from './query.ts';
import { isStopword } from './stopwords.ts';
import type { Anchor, PagefindResultData, QueryPlan, QueryUnit, Vocabulary } from './types.ts';

/** Options for Pagefind's JS API, shared by the search page and the recorder of test results. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  highlightParam: 'markeer',
  // Short pages (source stubs, footnotes) would win on length alone: weaken length normalisation.
  ranking: { pageLength: 0.2 },
};

/** Catalogue entries the query does not name only point elsewhere: below the guide's own text. */
export const CATALOGUE_FACTOR = 0.1;
/** A catalogue entry or article the query names ("Gelijk goed van start"): what the reader asks for. */
export const NAMED_ENTRY_FACTOR = 3;
/** Coverage (the share of the query's units a page matches) counts with this power: all words first. */
export const COVERAGE_POWER = 2;
/** What a prefix match on another word (kind → kinderopvang) counts for, against a form of the word itself. */
export const OTHER_WORD_CREDIT = 0.5;
/** The share of the query's units found together in the page's best sentence counts with this power. */
export const PROXIMITY_POWER = 1;
/**
 * How many of the best pages are read (their matched words and references) before the final
 * order: a page of results. Reading only lowers a score, so a page whose first score is below the
 * REFINE_TOP read ones cannot overtake them: the top is read until it is all read.
 */
export const REFINE_TOP = 10;

/** The part of a Pagefind result that ranking reads. */
export interface Scored {
  id: string;
  score: number;
  data(): Promise<Pick<PagefindResultData, 'content' | 'anchors' | 'meta' | 'weighted_locations'>>;
}
export type Search<R extends Scored> = (term: string) => Promise<{ results: R[] }>;

export interface UnitMatch<R> {
  score: number;
  result: R;
  /** The searched term (folded) that produced this match, and its place among the unit's alternatives. */
  term: string;
  alternative: number;
}

export interface Hit<R extends Scored> {
  id: string;
  score: number;
  /** Share of the query's units this page matches. */
  coverage: number;
  /** A guide page whose title or kicker holds every unit of the query. */
  titled: boolean;
  /** A catalogue entry the query does not name: it ranks below the guide's pages that discuss the query. */
  pointer: boolean;
  /** The glossary, for a query that holds one of its terms: right below the best guide page. */
  glossary: boolean;
  /** Read in the refine step: the page matches the query outside its references to catalogue entries. */
  discusses?: boolean;
  /** Per query unit: the best weighted score, and the result object that produced it. */
  units: Map<number, UnitMatch<R>>;
  /** The result of one search with every word: its locations mark them all together. */
  combined?: R;
}

/** Words of a title (and kicker), folded. */
const titleWords = (v: Vocabulary, id: string) => {
  const [title, kicker] = v.data.pages[id] ?? ['', ''];
  return `${kicker} ${title}`.split(/\s+/).map(fold).filter(Boolean);
};
const kindOf = (v: Vocabulary, id: string) => v.data.pages[id]?.[2] ?? 'gids';

/** Run every alternative of every unit; keep per page and unit the best weighted result. */
async function gather<R extends Scored>(search: Search<R>, units: QueryUnit[]): Promise<Map<string, Hit<R>>> {
  const hits = new Map<string, Hit<R>>();
  await Promise.all(
    units.flatMap((unit, u) =>
      unit.alternatives.map(async (alt, a) => {
        const [ranked, exact] = await Promise.all([search(alt.term), alt.exact ? search(`"${alt.term}"`) : undefined]);
        const allowed = exact && new Map(exact.results.map((r) => [r.id, r]));
        for (const r of ranked.results) {
          if (allowed && !allowed.has(r.id)) continue;
          const hit = hits.get(r.id) ?? { id: r.id, score: 0, coverage: 0, titled: false, pointer: false, glossary: false, units: new Map() };
          hits.set(r.id, hit);
          const score = r.score * alt.weight;
          const best = hit.units.get(u);
          // Searches finish in any order: on a tie the earlier alternative wins, so the order is always the same.
          if (best && (score < best.score || (score === best.score && a > best.alternative))) continue;
          // The excerpt of an exact search marks only the word itself.
          hit.units.set(u, { score, result: allowed ? allowed.get(r.id)! : r, term: alt.term, alternative: a });
        }
      }),
    ),
  );
  if (units.length > 1) {
    const all = await search(units.map((u) => u.alternatives[0].term).join(' '));
    for (const r of all.results) {
      const hit = hits.get(r.id);
      if (hit && hit.units.size === units.length) hit.combined = r;
    }
  }
  return hits;
}

/** First scores, from Pagefind's per-search scores and the titles in the vocabulary. */
function score<R extends Scored>(hit: Hit<R>, units: QueryUnit[], v: Vocabulary) {
  const sum = [...hit.units.values()].reduce((s, x) => s + x.score, 0);
  const words = titleWords(v, hit.id);
  const holds = (unit: QueryUnit, exactOnly: boolean) =>
    unit.alternatives.some((a) => (!exactOnly || a.weight === 1) && a.term.split(' ').every((t) => words.some((w) => (exactOnly ? w === t : w.startsWith(t)))));
  const inTitle = units.filter((unit) => holds(unit, false)).length;
  const kind = kindOf(v, hit.id);
  // The query names this entry: all its words are in the title (as typed: expansions name
  // nothing), and they make up most of the title's words.
  const content = words.filter((w) => !/^\d+$/.test(w) && !isStopword(w));
  const share = units.length / Math.max(1, content.length);
  const named = units.every((unit) => holds(unit, true)) && (units.length > 1 ? share >= 0.5 : share === 1);
  // The reader typed a term the glossary lists (its first form: "IKC", not a variant it also knows).
  hit.glossary = kind === 'begrippen' && units.some((unit) => (v.groupsByForm.get(unit.used ?? '') ?? []).some((g) => fold(g[0]) === unit.used));
  // A title or heading match counts for the guide's pages; for other pages only a title the query names.
  const titleFactor = kind === 'gids' ? 1 + inTitle / units.length : named ? NAMED_ENTRY_FACTOR : kind === 'achtergrond' || hit.glossary ? 1 : CATALOGUE_FACTOR;
  hit.coverage = hit.units.size / units.length;
  hit.score = sum * hit.coverage ** COVERAGE_POWER * titleFactor;
  hit.titled = kind === 'gids' && inTitle === units.length;
  hit.pointer = (kind === 'catalogus' || kind === 'begrippen') && !named && !hit.glossary;
}

/** Is a word position inside a reference to a catalogue entry (a link with a `ref-` id, see paths.ts)? */
const inReference = (anchors: Anchor[], location: number) =>
  anchors.some((a) => a.id.startsWith('ref-') && location >= a.location && location < a.location + a.text.split(/\s+/).length);

/**
 * Read the matched words of a page: each unit's score keeps the share of its weight that fell on
 * forms of the searched word (OTHER_WORD_CREDIT for the rest), and the page "discusses" the
 * query when a form of a query word stands outside its references.
 */
async function refine<R extends Scored>(hit: Hit<R>, v: Vocabulary, units: number) {
  let discusses = false;
  let before = 0;
  let after = 0;
  /** sentence number → the units with a form of their word in it */
  const together = new Map<number, Set<number>>();
  for (const [u, match] of hit.units) {
    const data = await match.result.data();
    const words = data.content.split(/\s+/);
    const sentence = sentenceNumbers(data);
    const terms = match.term.split(' ');
    let all = 0;
    let own = 0;
    for (const l of data.weighted_locations) {
      const word = fold(words[l.location] ?? '');
      const form = terms.some((t) => isFormOf(v, word, t));
      all += l.weight;
      own += form ? l.weight : l.weight * OTHER_WORD_CREDIT;
      if (form && !inReference(data.anchors, l.location)) discusses = true;
      const n = sentence[l.location] ?? -1;
      if (form && n >= 0) together.set(n, (together.get(n) ?? new Set()).add(u));
    }
    before += match.score;
    match.score *= all > 0 ? own / all : 1;
    after += match.score;
  }
  const closest = Math.max(1, ...[...together.values()].map((s) => s.size));
  // A page that has the query only where it cites an entry points elsewhere, as an entry does.
  const cites = !discusses && kindOf(v, hit.id) !== 'catalogus';
  hit.score *= (before > 0 ? after / before : 1) * (closest / units) ** PROXIMITY_POWER * (cites ? CATALOGUE_FACTOR : 1);
  hit.discusses = discusses;
}

export async function searchPlan<R extends Scored>(search: Search<R>, v: Vocabulary, plan: QueryPlan): Promise<Hit<R>[]> {
  const units = plan.units.filter((u) => u.alternatives.length > 0);
  // The parts of a split compound (achterstand + wijk) stand for one word: a page needs them all.
  const required = units.flatMap((unit, u) => (unit.split ? [u] : []));
  const hits = [...(await gather(search, units)).values()].filter((hit) => required.every((u) => hit.units.has(u)));
  for (const hit of hits) score(hit, units, v);
  for (;;) {
    const unread = [...hits].sort((a, b) => b.score - a.score).slice(0, REFINE_TOP).filter((hit) => hit.discusses === undefined);
    if (!unread.length) break;
    await Promise.all(unread.map((hit) => refine(hit, v, units.length)));
  }
  return rankGuideFirst(hits, v);
}

/**
 * The final order: guide pages whose title holds the query first; then by score, except that a
 * catalogue entry the query does not name never comes above a guide page that discusses the
 * query (outside its references) and matches at least as much of it. Such an entry only points
 * to the guide's pages, yet Pagefind weighs its few words and heavily weighted title so much that
 * CATALOGUE_FACTOR alone cannot promise this.
 */
export function rankGuideFirst<R extends Scored>(hits: Hit<R>[], v: Vocabulary): Hit<R>[] {
  const guide = hits.filter((h) => ['gids', 'achtergrond'].includes(kindOf(v, h.id)) && h.discusses);
  const bestGuide = Math.max(0, ...guide.filter((g) => kindOf(v, g.id) === 'gids').map((g) => g.score));
  const key = new Map(
    hits.map((h) => {
      if (h.glossary) return [h, Math.min(h.score, bestGuide * (1 - 1e-9))];
      if (!h.pointer) return [h, h.score];
      const above = guide.filter((g) => g.coverage >= h.coverage).map((g) => g.score);
      return [h, Math.min(h.score, ...above)];
    }),
  );
  return hits.sort((a, b) => Number(b.titled) - Number(a.titled) || key.get(b)! - key.get(a)! || Number(a.pointer) - Number(b.pointer) || b.score - a.score);
}
