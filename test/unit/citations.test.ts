import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../src/utils/citations';

describe('collectCitations: backlinks', () => {
  const index = collectCitations([
    { title: 'Thema 2', href: '/waarom/kansengelijkheid/', body: 'Zie [thema 1](thema:1) en[^21] [SEO](bron:seo-2020) en weer [thema 1](thema:1)[^21].' },
    { title: 'Voetnoot 21', href: '/voetnoten/21/', body: 'Zie ook [Slot en Leseman](bron:seo-2020).' },
    { title: 'Analyse', href: '/hoe/analyse/', body: '<Quote id="x" />\n\n<Example id="sluis" />' },
  ]);

  it('points each backlink at the first mention on each citing page', () => {
    expect(index.get('thema-1')).toEqual([{ title: 'Thema 2', href: '/waarom/kansengelijkheid/#ref-thema-1' }]);
    expect(index.get('voetnoot-21')).toEqual([{ title: 'Thema 2', href: '/waarom/kansengelijkheid/#fnref-21' }]);
  });

  it('lists every page and footnote that names a source', () => {
    expect(index.get('bron-seo-2020')?.map((c) => c.title)).toEqual(['Thema 2', 'Voetnoot 21']);
  });

  it('knows where quotes and examples are placed', () => {
    expect(index.get('citaat-x')).toEqual([{ title: 'Analyse', href: '/hoe/analyse/#citaat-x' }]);
    expect(index.get('voorbeeld-sluis')?.[0].href).toBe('/hoe/analyse/#voorbeeld-sluis');
  });
});
