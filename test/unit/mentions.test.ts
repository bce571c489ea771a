import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../src/utils/citations';
import { renderGuide } from '../support/markdown';

describe('the plugins record what an entry cites (the only Markdown parser)', () => {
  it('records references and footnote markers with the anchors they set', async () => {
    const r = await renderGuide('Zie [thema 1](thema:1) en[^4] [SER](bron:ser-2016-gelijk-goed-van-start) en weer [thema 1](thema:1)[^4].');
    const keys = r.mentions.map((m) => `${m.key}#${m.anchor}`);
    expect(keys).toEqual(expect.arrayContaining(['thema-1#ref-thema-1', 'thema-1#ref-thema-1-2', 'voetnoot-4#fnref-4', 'voetnoot-4#fnref-4-2', 'bron-ser-2016-gelijk-goed-van-start#ref-bron-ser-2016-gelijk-goed-van-start']));
    expect(r.footnotes).toEqual([4]);
    // Every recorded anchor exists in the HTML, so a backlink lands on its mention.
    for (const { anchor } of r.mentions) expect(r.html).toContain(`id="${anchor}"`);
  });

  it('a plain link to the address of a listed source is a mention of that source, with anchors of its own', async () => {
    // The fixture source has url https://www.example.org/ser; the text may write it without www. or with a slash.
    const r = await renderGuide('Zie [het rapport](https://example.org/ser/) en [SER](bron:ser-2016-gelijk-goed-van-start) en [elders](https://example.org/).');
    expect(r.mentions).toEqual([
      { key: 'bron-ser-2016-gelijk-goed-van-start', anchor: 'ref-adres-ser-2016-gelijk-goed-van-start' },
      { key: 'bron-ser-2016-gelijk-goed-van-start', anchor: 'ref-bron-ser-2016-gelijk-goed-van-start' },
    ]);
    for (const { anchor } of r.mentions) expect(r.html).toContain(`id="${anchor}"`);
  });

  it('`[^99]` in inline code is code: no footnote, no error, nothing recorded', async () => {
    const r = await renderGuide('Schrijf `[^99]` achter een woord.');
    expect(r.html).toContain('<code>[^99]</code>');
    expect(r.footnotes).toEqual([]);
    expect(r.mentions).toEqual([]);
  });

  it('records the text without markup, link targets or footnote tooltips', async () => {
    const r = await renderGuide('De **LEA** en [thema 1](thema:1)[^4].');
    expect(r.text).toBe('De LEA en thema 1.');
  });

  it('prefixes anchors inside a footnote file, so a footnote can be shown inside any page', async () => {
    const r = await renderGuide('Zie [SER](bron:ser-2016-gelijk-goed-van-start).', '/content/footnotes/21.md');
    expect(r.mentions).toEqual([{ key: 'bron-ser-2016-gelijk-goed-van-start', anchor: 'vn21-ref-bron-ser-2016-gelijk-goed-van-start' }]);
  });
});

describe('collectCitations: backlinks from recorded mentions', () => {
  const index = collectCitations([
    { title: 'Thema 2', href: '/waarom/kansengelijkheid/', mentions: [{ key: 'thema-1', anchor: 'ref-thema-1' }, { key: 'voetnoot-21', anchor: 'fnref-21' }, { key: 'thema-1', anchor: 'ref-thema-1-2' }] },
    { title: 'Voetnoot 21', href: '/voetnoten/21/', mentions: [{ key: 'bron-seo-2020', anchor: 'vn21-ref-bron-seo-2020' }] },
    { title: 'Analyse', href: '/hoe/analyse/', mentions: [{ key: 'bron-seo-2020', anchor: 'ref-bron-seo-2020' }, { key: 'citaat-x', anchor: 'citaat-x' }] },
  ]);

  it('points each backlink at the first mention on each citing page', () => {
    expect(index.get('thema-1')).toEqual([{ title: 'Thema 2', href: '/waarom/kansengelijkheid/#ref-thema-1' }]);
    expect(index.get('voetnoot-21')).toEqual([{ title: 'Thema 2', href: '/waarom/kansengelijkheid/#fnref-21' }]);
  });

  it('lists every page and footnote that names a source, and where quotes are placed', () => {
    expect(index.get('bron-seo-2020')?.map((c) => c.href)).toEqual(['/voetnoten/21/#vn21-ref-bron-seo-2020', '/hoe/analyse/#ref-bron-seo-2020']);
    expect(index.get('citaat-x')).toEqual([{ title: 'Analyse', href: '/hoe/analyse/#citaat-x' }]);
  });
});
