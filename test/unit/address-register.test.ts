import { describe, expect, it } from 'vitest';
import {
  isCitableId,
  lostAddresses,
  movedPages,
  newAddresses,
  parseRegister,
  withAddresses,
  type BuiltSite,
} from '../../src/content-model/address-register';

/** A built site: page path → ids on it, plus redirect pages. */
const built = (pages: Record<string, string[]>, redirects: Record<string, string> = {}): BuiltSite => ({
  pages: new Map(Object.entries(pages).map(([p, ids]) => [p, new Set(ids)])),
  redirects: new Map(Object.entries(redirects)),
});

const register = ['/thema/4/', '/waarom/huisvesting/', '/waarom/huisvesting/#aanbeveling-4-3', '/waarom/huisvesting/#uitgewerkt'].join('\n');
const site = built({ '/waarom/huisvesting/': ['uitgewerkt', 'aanbeveling-4-3'] }, { '/thema/4/': '/waarom/huisvesting/' });

describe('the register of published addresses', () => {
  it('holds when every address still lands (pages, anchors, short URLs)', () => {
    expect(lostAddresses(parseRegister(register), site)).toEqual([]);
  });

  it('a reworded heading that kept its {#id} still lands; one that lost it names the anchor and the fix', () => {
    const reworded = built({ '/waarom/huisvesting/': ['uitgewerkt-en-verder', 'aanbeveling-4-3'] }, { '/thema/4/': '/waarom/huisvesting/' });
    expect(lostAddresses(parseRegister(register), reworded)).toEqual([
      expect.stringMatching(
        /^content\/adressen\.txt:4: het gepubliceerde anker \/waarom\/huisvesting\/#uitgewerkt landt niet meer .*"## Kop \{#uitgewerkt\}".*"## Kop \{#nieuw-anker #uitgewerkt\}"/,
      ),
    ]);
  });

  it('a renamed page without a redirect fails naming the URL and how to keep it', () => {
    const renamed = built({ '/waarom/onderwijshuisvesting/': ['uitgewerkt', 'aanbeveling-4-3'] }, { '/thema/4/': '/waarom/onderwijshuisvesting/' });
    const lost = lostAddresses(parseRegister(register), renamed);
    expect(lost[0]).toMatch(/adressen\.txt:2: het gepubliceerde adres \/waarom\/huisvesting\/ bestaat niet meer.*"\/waarom\/huisvesting\/ -> \/nieuw-adres\/"/);
    expect(lost).toHaveLength(3); // the page and both its anchors
  });

  it('a renamed page with a redirect line: the old URL and its anchors land on the new page', () => {
    const moved = `${register.replace('/waarom/huisvesting/\n', '/waarom/huisvesting/ -> /waarom/onderwijshuisvesting/\n')}`;
    const lines = parseRegister(moved);
    expect(movedPages(lines)).toEqual({ '/waarom/huisvesting/': '/waarom/onderwijshuisvesting/' });
    // The build makes the redirect page the register asks for (src/pages/[...kort].astro).
    const renamed = built(
      { '/waarom/onderwijshuisvesting/': ['uitgewerkt', 'aanbeveling-4-3'] },
      { '/thema/4/': '/waarom/onderwijshuisvesting/', '/waarom/huisvesting/': '/waarom/onderwijshuisvesting/' },
    );
    expect(lostAddresses(lines, renamed)).toEqual([]);
    // …but an anchor that is not on the new page still fails.
    const withoutAnchor = built({ '/waarom/onderwijshuisvesting/': ['aanbeveling-4-3'] }, { '/waarom/huisvesting/': '/waarom/onderwijshuisvesting/', '/thema/4/': '/waarom/onderwijshuisvesting/' });
    expect(lostAddresses(lines, withoutAnchor)).toEqual([expect.stringContaining('/waarom/huisvesting/#uitgewerkt landt niet meer (geen id="uitgewerkt" op /waarom/onderwijshuisvesting/)')]);
  });

  it('a lost recommendation says to put its number back', () => {
    const lost = lostAddresses(parseRegister(register), built({ '/waarom/huisvesting/': ['uitgewerkt'] }, { '/thema/4/': '/waarom/huisvesting/' }));
    expect(lost).toEqual([expect.stringContaining('zet {#4.3} terug aan het eind van die aanbeveling')]);
  });

  it('a redirect to a page that does not exist fails', () => {
    const lines = parseRegister('/oud/ -> /bestaat-niet/\n');
    expect(lostAddresses(lines, built({ '/': [] }))).toEqual([expect.stringMatching(/:1: \/oud\/ is verhuisd naar \/bestaat-niet\/, maar die pagina bestaat niet/)]);
  });

  it.each([
    ['a path without the closing slash', '/waarom/huisvesting', /:1: "\/waarom\/huisvesting" is geen geldig adres/],
    ['a full URL', 'https://example.org/waarom/', /:1: "https:\/\/example\.org\/waarom\/" is geen geldig adres/],
    ['two anchors', '/waarom/#a#b', /is geen geldig adres/],
    ['an anchor on a moved page line', '/oud/#a -> /nieuw/', /is geen geldig adres/],
    ['unsorted lines', '/b/\n/a/', /:2: "\/a\/" staat niet op volgorde \(na "\/b\/"\)\. Voer "npm run adressen" uit/],
    ['a duplicate line', '/a/\n/a/', /:2: "\/a\/" staat twee keer in het register \(ook op regel 1\)/],
  ])('rejects %s, naming file and line', (_, text, message) => {
    expect(() => parseRegister(`# kop\n${text}\n`.replace('# kop\n', ''))).toThrow(message);
  });

  it('lists new citable addresses, not interface ids, and merges them sorted without dropping any', () => {
    const grown = built({ '/waarom/huisvesting/': ['uitgewerkt', 'aanbeveling-4-3', 'aanbeveling-4-8', 'inhoud', 'site-search', 'fnref-3-tip', 'fnref-3'] }, { '/thema/4/': '/waarom/huisvesting/' });
    const additions = newAddresses(parseRegister(register), grown);
    expect(additions).toEqual(['/waarom/huisvesting/#aanbeveling-4-8', '/waarom/huisvesting/#fnref-3']);
    const text = withAddresses(`# Register\n/oud/ -> /waarom/huisvesting/\n${register}\n`, additions);
    expect(text.split('\n')).toEqual([
      '# Register',
      '/oud/ -> /waarom/huisvesting/',
      '/thema/4/',
      '/waarom/huisvesting/',
      '/waarom/huisvesting/#aanbeveling-4-3',
      '/waarom/huisvesting/#aanbeveling-4-8',
      '/waarom/huisvesting/#fnref-3',
      '/waarom/huisvesting/#uitgewerkt',
      '',
    ]);
    expect(() => parseRegister(text)).not.toThrow();
  });

  it('citable ids: headings, footnotes, references, quotes; not the search box or tooltips', () => {
    expect(['uitgewerkt', 'voetnoot-3', 'ref-thema-4', 'citaat-x', 'aanbeveling-4-3', 'deel3-uitgewerkt'].every(isCitableId)).toBe(true);
    expect(['inhoud', 'site-search', 'kopieer-status', 'fnref-3-tip', 'filter-soort', 'verwijzen'].some(isCitableId)).toBe(false);
  });
});
