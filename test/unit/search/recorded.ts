// Pagefind's answers on the real index, recorded by `npm run search:record` (scripts/record-search.mjs)
// into test/fixtures/search/: the ranking and excerpt tests replay them without a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVocabulary, planQuery } from '../../../src/search/query.ts';
import { searchPlan, type Hit, type Scored } from '../../../src/search/ranking.ts';
import type { Anchor, PagefindResultData, VocabularyData } from '../../../src/search/types.ts';
import { readSuite } from '../../support/search-reader';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'search');
const RECORD = 'Neem opnieuw op met `npm run build && npm run search:record`.';

interface Fixture {
  urls: Record<string, string>;
  searches: Record<string, [id: string, score: number, locations?: [number, number][]][]>;
  pages: Record<string, { url: string; content: string; meta: PagefindResultData['meta']; anchors: Anchor[] }>;
}
export const fixture: Fixture = JSON.parse(readFileSync(join(dir, 'pagefind.json'), 'utf8'));
export const vocabulary = loadVocabulary(JSON.parse(readFileSync(join(dir, 'vocabulary.json'), 'utf8')) as VocabularyData);
export const suite = readSuite();

export type Recorded = Scored & { data(): Promise<PagefindResultData> };

/** Pagefind's recorded answer to one search; `delay` lets a test shuffle the order searches finish in. */
export function recordedSearch(delay: (term: string) => number = () => 0) {
  return async (term: string): Promise<{ results: Recorded[] }> => {
    const rows = fixture.searches[term];
    if (!rows) throw new Error(`Zoekopdracht ${JSON.stringify(term)} is niet opgenomen. ${RECORD}`);
    await new Promise((r) => setTimeout(r, delay(term)));
    return {
      results: rows.map(([id, score, locations]) => ({
        id,
        score,
        data: async () => {
          if (!locations || !fixture.pages[id]) throw new Error(`Geen woordposities opgenomen voor ${JSON.stringify(term)} op ${fixture.urls[id]}. ${RECORD}`);
          return { ...fixture.pages[id], url: fixture.pages[id].url, weighted_locations: locations.map(([location, weight]) => ({ location, weight, balanced_score: 0 })) };
        },
      })),
    };
  };
}

export const pathOf = (hit: Hit<Recorded>) => fixture.urls[hit.id];

/** The ranked hits for a query, as the search page computes them. */
export const rank = (query: string, search = recordedSearch()) => searchPlan(search, vocabulary, planQuery(query, vocabulary));
