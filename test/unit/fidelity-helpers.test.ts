import { describe, expect, it } from 'vitest';
import {
  applySectionLog,
  cleanLine,
  compareSection,
  normaliseUrl,
  pageRegions,
  sectionTarget,
  sourceSentences,
  sourceUrls,
  splitSections,
  tokens,
} from '../support/fidelity';

describe('fidelity helpers (used by the fidelity test on dist)', () => {
  it('tokens ignore case, punctuation, quotes, footnote superscripts and URLs', () => {
    expect(tokens('‘De regisseur’ initieert¹⁰⁾, zie https://x.nl/a.')).toEqual(['de', 'regisseur', 'initieert', 'zie']);
    expect(tokens('Efficiënter — “samen”')).toEqual(['efficiënter', 'samen']);
  });
  it('cleanLine drops Markdown links, bullets and footnote numbers but keeps words', () => {
    expect(cleanLine('- zie [thema 7](#) voor meer')).toBe('zie thema 7 voor meer');
    expect(cleanLine('21) Veen, A.')).toBe('Veen, A.');
    expect(cleanLine('²⁶⁾ Zie adviesrapport')).toBe('Zie adviesrapport');
  });
  it('splits lines into sentences', () => {
    expect(sourceSentences('Een zin. Nog een zin! En? Ja.\n\n- Punt')).toEqual([['een', 'zin'], ['nog', 'een', 'zin'], ['en'], ['ja'], ['punt']]);
  });
  it('finds URLs, bare www-addresses included, normalised', () => {
    expect(sourceUrls('zie <https://www.compasnul13.nl> en www.nji.nl.')).toEqual(['compasnul13.nl', 'nji.nl']);
    expect(normaliseUrl('https://vimeo.com/114001134/')).toBe('vimeo.com/114001134');
  });
});

describe('fidelity per section, both ways (the logic the site test runs on dist)', () => {
  // A tiny "source" with two themes that share a sentence, as themes 1 and 2 do in the guide.
  const source = [
    'Thema een', // 1
    'Gedeelde zin over kindcentra. Eigen zin van thema een.', // 2
    'Thema twee', // 3
    'Gedeelde zin over kindcentra. Eigen zin van thema twee met een tikfuot.', // 4
    'Zijbalk', // 5
  ].join('\n');
  const map = [
    { van: 1, sectie: 'thema:1' },
    { van: 3, sectie: 'thema:2' },
    { van: 5, sectie: 'zijbalk' },
  ];
  const sections = splitSections(source, map);
  const log = [{ sectie: 'thema:2', bron: 'tikfuot', wordt: 'tikfout', file: 'x.yaml' }];
  const fixed = applySectionLog(sections, log).sections;
  const partsOf = (id: string) => fixed.get(id)!.map((p) => p.text);

  it('splits the source into sections with their line ranges', () => {
    expect(sections.get('thema:2')).toEqual([{ from: 3, to: 4, text: source.split('\n').slice(2, 4).join('\n') }]);
    expect([...sections.keys()]).toEqual(['thema:1', 'thema:2', 'zijbalk']);
  });

  it('passes when each theme shows its own text, corrected as logged', () => {
    const r = compareSection({ sourceParts: partsOf('thema:2'), siteBlocks: ['Thema twee', 'Gedeelde zin over kindcentra.', 'Eigen zin van thema twee met een tikfout.'] });
    expect(r).toMatchObject({ missing: [], added: [], sourceTotal: 3, siteTotal: 3 });
  });

  it('fails when a theme drops a sentence that another theme still shows', () => {
    // Theme 2 lost the shared sentence; theme 1 still has it, so a site-wide test would pass.
    const r = compareSection({ sourceParts: partsOf('thema:2'), siteBlocks: ['Thema twee', 'Eigen zin van thema twee met een tikfout.'] });
    expect(r.missing).toEqual(['gedeelde zin over kindcentra']);
    const other = compareSection({ sourceParts: partsOf('thema:1'), siteBlocks: ['Thema een', 'Gedeelde zin over kindcentra. Eigen zin van thema een.'] });
    expect(other.missing).toEqual([]);
  });

  it('fails when a sentence is added, and when text of another section is shown here', () => {
    const added = compareSection({
      sourceParts: partsOf('thema:1'),
      siteBlocks: ['Thema een', 'Gedeelde zin over kindcentra. Eigen zin van thema een.', 'Een zin die de redactie verzon.'],
    });
    expect(added.added).toEqual(['een zin die de redactie verzon']);
    const moved = compareSection({
      sourceParts: partsOf('thema:1'),
      siteBlocks: ['Thema een', 'Gedeelde zin over kindcentra. Eigen zin van thema een.', 'Eigen zin van thema twee met een tikfout.'],
    });
    expect(moved.added).toEqual(['eigen zin van thema twee met een tikfout']);
  });

  it('accepts the editors\' own text only where it is listed', () => {
    const r = compareSection({
      sourceParts: partsOf('thema:1'),
      siteBlocks: ['Thema een', 'Gedeelde zin over kindcentra. Eigen zin van thema een.', 'Noot van de redactie.'],
      editorial: ['Noot van de redactie.'],
    });
    expect(r.added).toEqual([]);
  });

  it('an uncorrected garble fails: the correction applies only to the section it names', () => {
    const wrongSection = applySectionLog(sections, [{ sectie: 'thema:1', bron: 'tikfuot', wordt: 'tikfout' }]);
    expect(wrongSection.problems).toEqual([expect.stringContaining('staat 0× in de sectie')]);
    const r = compareSection({ sourceParts: wrongSection.sections.get('thema:2')!.map((p) => p.text), siteBlocks: ['Thema twee', 'Gedeelde zin over kindcentra. Eigen zin van thema twee met een tikfout.'] });
    expect(r.missing).toEqual(['eigen zin van thema twee met een tikfuot']);
  });

  it('names a log entry whose text no longer occurs, occurs twice, or is logged twice', () => {
    const { problems } = applySectionLog(sections, [
      { sectie: 'thema:1', bron: 'verdwenen tekst', file: 'a.yaml' },
      { sectie: 'thema:2', bron: 'Gedeelde zin', file: 'b.yaml' },
      { sectie: 'thema:1', bron: 'Thema een', file: 'c.yaml' },
      { sectie: 'thema:1', bron: 'Thema een', file: 'c.yaml' },
      { sectie: 'thema:9', bron: 'x', file: 'd.yaml' },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^a\.yaml: ingreep "verdwenen tekst" \(sectie thema:1\): de bron-tekst staat 0× in de sectie/),
      expect.stringMatching(/^c\.yaml: .*staat twee keer in de redactielog$/),
      expect.stringMatching(/^d\.yaml: .*sectie "thema:9" bestaat niet/),
    ]);
    // 'Gedeelde zin' is once in thema:2 (its copy in thema:1 does not count): no problem for b.yaml.
    expect(problems.some((p) => p.startsWith('b.yaml'))).toBe(false);
    const twice = applySectionLog(splitSections('Een zin. Een zin.', [{ van: 1, sectie: 'pagina:x' }]), [{ sectie: 'pagina:x', bron: 'Een zin' }]);
    expect(twice.problems).toEqual([expect.stringContaining('staat 2× in de sectie, de ingreep zegt 1×')]);
    const declared = applySectionLog(splitSections('Een zin. Een zin.', [{ van: 1, sectie: 'pagina:x' }]), [{ sectie: 'pagina:x', bron: 'Een zin', keer: 2 }]);
    expect(declared.problems).toEqual([]);
  });

  it('maps section ids to pages and headings', () => {
    const themes = new Map([[2, 'kansengelijkheid']]);
    expect(sectionTarget('thema:2 / Uitgewerkt', themes)).toEqual({ path: '/waarom/kansengelijkheid/', heading: 'Uitgewerkt' });
    expect(sectionTarget('thema:2', themes)).toEqual({ path: '/waarom/kansengelijkheid/', heading: '' });
    expect(sectionTarget('stap:visie', themes)).toEqual({ path: '/hoe/visie/', heading: '*' });
    expect(sectionTarget('voetnoot:13', themes)).toEqual({ path: '/voetnoten/13/', heading: '*' });
    expect(sectionTarget('zijbalk', themes)).toBeNull();
    expect(() => sectionTarget('stap:visie / Kop', themes)).toThrow(/alleen thema's/);
  });

  it('cuts a built page into its regions per <h2>, without tooltips, markers or navigation', () => {
    const html = `<article><header><p class="kicker">Thema 2</p><h1>Titel</h1></header><nav>Op deze pagina</nav>
      <div class="prose"><h2>Eerste<a class="heading-link"></a></h2><p>Tekst<sup class="fn-ref"><a>1</a><span class="fn-tip">Voetnoot</span></sup>.</p>
      <h2>Tweede</h2><p>Meer
      tekst.</p><p data-pagefind-ignore>Navigatie</p></div><section class="footnotes"><h2>Voetnoten</h2><p>Voetnoottekst</p></section></article>`;
    expect([...pageRegions(html)]).toEqual([
      ['', ['Titel']],
      ['Eerste', ['Eerste', 'Tekst.']],
      ['Tweede', ['Tweede', 'Meer tekst.']],
    ]);
  });
});
