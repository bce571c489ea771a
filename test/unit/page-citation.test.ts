import { afterEach, describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.mjs';
import { citationFor, citationJsonLd, citationText, highwireMeta } from '../../src/utils/page-citation';

const configured = site.url;
afterEach(() => {
  (site as { url?: string }).url = configured;
});

const theme = { collection: 'themes' as const, id: 'huisvesting', data: { number: 4, title: 'Efficiënter benutten huisvesting' } };
const headings = [{ depth: 2, slug: 'waar-kan-een-gemeente-op-inzetten', text: 'Waar kan een gemeente op inzetten?' }];

describe('"Verwijzen naar deze pagina"', () => {
  it('a theme: title with its number, canonical address and short URL; recommendations noted', () => {
    const c = citationFor(theme, headings)!;
    expect(c).toEqual({ title: 'Thema 4: Efficiënter benutten huisvesting', path: '/waarom/huisvesting/', shortPath: '/thema/4/', recommendations: true });
    (site as { url?: string }).url = 'https://voorbeeld.test';
    expect(citationText(c)).toBe(
      'PACT voor Kindcentra (december 2020). Thema 4: Efficiënter benutten huisvesting. ' +
        'In: Lokaal samenwerken aan kindvoorzieningen — Regie pakken: waarom en hoe? ' +
        'https://voorbeeld.test/waarom/huisvesting/ (korte link: https://voorbeeld.test/thema/4/)',
    );
  });

  it('a step, and the circle (no step number)', () => {
    expect(citationFor({ collection: 'steps', id: 'analyse', data: { order: 2, title: 'Analyse', colour: 'bruin' } })!.title).toBe('Stap 2: Analyse');
    const circle = citationFor({ collection: 'steps', id: 'doorlopende-activiteiten', data: { order: 6, title: 'Doorlopende activiteiten', colour: 'grijs' } })!;
    expect(circle).toMatchObject({ title: 'Doorlopende activiteiten', shortPath: '/stap/doorlopende-activiteiten/' });
  });

  it('without a configured site URL: relative addresses, no invented domain anywhere', () => {
    (site as { url?: string }).url = undefined;
    const c = citationFor(theme, headings)!;
    expect(citationText(c)).toMatch(/hoe\? \/waarom\/huisvesting\/ \(korte link: \/thema\/4\/\)$/);
    expect(citationJsonLd(c)).not.toHaveProperty('url');
    expect(highwireMeta(c).map(([name]) => name)).not.toContain('citation_public_url');
    expect(JSON.stringify([citationText(c), citationJsonLd(c), highwireMeta(c)])).not.toMatch(/https?:\/\/(?!schema\.org)/);
  });

  it('JSON-LD and Highwire tags carry title, publisher and December 2020', () => {
    const ld = JSON.parse(JSON.stringify(citationJsonLd(citationFor(theme)!)));
    expect(ld).toMatchObject({ '@type': 'WebPage', name: 'Thema 4: Efficiënter benutten huisvesting', datePublished: '2020-12', publisher: { name: 'PACT voor Kindcentra' } });
    expect(Object.fromEntries(highwireMeta(citationFor(theme)!))).toMatchObject({ citation_publisher: 'PACT voor Kindcentra', citation_publication_date: '2020/12' });
  });
});
