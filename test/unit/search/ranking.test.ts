import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/search/query.ts';
import { rankGuideFirst, type Hit } from '../../../src/search/ranking.ts';
import { fixture, pathOf, rank, recordedSearch, suite, vocabulary, type Recorded } from './recorded';

const paths = async (query: string, n = 10) => (await rank(query)).slice(0, n).map(pathOf);
const kind = (hit: Hit<Recorded>) => vocabulary.data.pages[hit.id][2];
const THEME_7 = '/waarom/kindcentra-2020-en-definities/';

describe('search ranking over recorded Pagefind results (test/fixtures/search/)', () => {
  it('meets the reader suite as the browser test does: at most 3 misses, every expected page found', async () => {
    const misses: string[] = [];
    for (const q of suite) {
      const found = await paths(q.query);
      if (q.expect === 'none') {
        if (found.length) misses.push(`${q.query}: ${found[0]}`);
        continue;
      }
      const at = found.indexOf(q.expect) + 1;
      expect(at, `${q.query} → ${q.expect}: ${found.slice(0, 3).join(', ')}`).toBeGreaterThan(0);
      if (at > (q.rank === 'first' ? 1 : 3)) misses.push(`${q.query} → ${q.expect}: rang ${at}`);
      if (q.ook) expect(found.slice(0, 5), `${q.query} → ook ${q.ook}`).toContain(q.ook);
    }
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(3);
  });

  it('puts a guide page whose own title holds the query above entries and articles that share its words', async () => {
    expect((await paths('IKC'))[0]).toBe(THEME_7);
    const kc = await paths('Kindcentra 2020');
    expect(kc[0]).toBe(THEME_7);
    // The sources titled "Kindcentra 2020: …" and the article "Kindcentra 2020: het vervolg" follow.
    expect(kc.slice(1, 4).some((p) => p.startsWith('/bronnen/'))).toBe(true);
  });

  it('never lets an entry the query does not name outrank a guide page that discusses the query in its own words', async () => {
    for (const q of suite) {
      const hits = await rank(q.query);
      hits.forEach((hit, i) => {
        if (!hit.pointer) return;
        const below = hits.slice(i + 1).filter((g) => kind(g) === 'gids' && g.discusses && g.coverage >= hit.coverage && !g.titled);
        expect(below.map(pathOf), `${q.query}: ${pathOf(hit)} staat boven`).toEqual([]);
      });
    }
  });

  it('ranks an entry first when the guide only cites it: the film "Sterrepad", the report "Gelijk goed van start"', async () => {
    expect((await paths('Sterrepad'))[0]).toBe('/bronnen/filmpje-kinderen-sterrepad/');
    expect((await paths('Gelijk goed van start'))[0]).toBe('/bronnen/ser-2016-gelijk-goed-van-start/');
  });

  it('counts a prefix match on another word for half: "kind" is no form of "kinderopvanghuisvesting"', async () => {
    const found = await paths('mijn kind heeft extra zorg nodig');
    expect(found.indexOf('/waarom/sociaal-domein-en-preventie/')).toBeLessThan(found.indexOf('/waarom/huisvesting/'));
  });

  it('searches a compound the guide lacks as its parts, requiring both', async () => {
    const plan = planQuery('achterstandswijk kansen', vocabulary);
    expect(plan.units.map((u) => u.used)).toEqual(['achterstand', 'wijk', 'kansen']);
    expect((await paths('achterstandswijk kansen'))[0]).toBe('/waarom/kansengelijkheid/');
    // "child" and "care" occur (in English titles), never on one page: nothing, honestly.
    expect(await paths('childcare')).toEqual([]);
  });

  it('shows the glossary for a term it lists, at most right after the best guide page', async () => {
    for (const q of ['wat is een ikc', 'LEA', 'IHP', 'OOGO']) {
      const found = await paths(q);
      expect(found.indexOf('/begrippen/'), q).toBeGreaterThan(0);
      expect(found.indexOf('/begrippen/'), q).toBeLessThan(3);
    }
    expect((await paths('huisvesting')).slice(0, 3)).not.toContain('/begrippen/');
  });

  it('gives the same order whatever order Pagefind answers in', async () => {
    for (const query of ['Integraal Huisvestingsplan', 'hulp voor kinderen op school', 'IKC']) {
      const first = (await rank(query)).map(pathOf);
      const shuffled = (await rank(query, recordedSearch((term) => (term.length * 7) % 5))).map(pathOf);
      expect(shuffled, query).toEqual(first);
    }
  });

  it('orders by tier, then by score capped below discussing guide pages (synthetic hits)', () => {
    const ids = Object.entries(vocabulary.data.pages);
    const guide = ids.find(([, row]) => row[2] === 'gids')![0];
    const entry = ids.find(([, row]) => row[2] === 'catalogus')![0];
    const hit = (id: string, score: number, extra: Partial<Hit<Recorded>>): Hit<Recorded> => ({ id, score, coverage: 1, titled: false, pointer: false, glossary: false, units: new Map(), ...extra });
    const order = (hits: Hit<Recorded>[]) => rankGuideFirst(hits, vocabulary).map((h) => h.id);
    expect(order([hit(entry, 50, { pointer: true }), hit(guide, 5, { discusses: true })])).toEqual([guide, entry]);
    // A guide page that only cites the entry holds nobody down.
    expect(order([hit(entry, 50, { pointer: true }), hit(guide, 5, { discusses: false })])).toEqual([entry, guide]);
    expect(Object.keys(fixture.urls).length).toBeGreaterThan(100);
  });
});
