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
  sourcePagePhrases,
  splitSections,
  textBlocks,
  tokens,
  uncorrectedForms,
  everyText,
} from '../support/fidelity';
import { typographyFaults } from '../support/typography';

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

// Fixtures for what the audit of December 2026 found (issue 22): each must fail the test.
describe('the editors\' text on footnote lists, source pages, the home page and the banner', () => {
  const guide = ['Zie onder meer de eindrapportage die het Kabinet in juni 2020 stuurde.', 'Bruijn, de, H. en Heuvelhof, ten, E., Management in netwerken (2017)', 'De VNG is pleitbezorger van kindcentra.'];

  it('a footnote list that says more than the source and the editors\' list fails', () => {
    const li = '<li id="voetnoot-27"><p><em>Tekst ontbreekt in de bronversie.</em> De handreiking verwijst naar deze voetnoot, maar de tekst is niet overgeleverd.</p><p class="fn-back">Terug naar de tekst</p></li>';
    const blocks = textBlocks(li, 'li', ['.fn-back']);
    const listed = 'Tekst ontbreekt in de bronversie. De handreiking verwijst naar deze voetnoot, maar de tekstexport bevat er geen tekst bij.';
    const r = compareSection({ sourceParts: [], siteBlocks: blocks, editorial: [listed] });
    expect(r.added).toEqual(['de handreiking verwijst naar deze voetnoot maar de tekst is niet overgeleverd']);
    // The link back to the text is the site's own, not counted.
    expect(blocks.join(' ')).not.toContain('Terug');
  });

  it('a source page: names from the source pass in any order, an expansion the source does not give fails', () => {
    const html = `<article><p class="kicker">Website</p><h1>VNG</h1><p>Vereniging van Nederlandse Gemeenten; pleitbezorger van kindcentra</p>
      <dl><dt>Auteurs</dt><dd>H. de Bruijn, E. ten Heuvelhof</dd><dt>Jaar</dt><dd>2017</dd></dl></article>`;
    const r = compareSection({ sourceParts: [], allowedSource: guide, names: true, siteBlocks: sourcePagePhrases(textBlocks(html, 'article', ['.kicker', 'dt'])) });
    expect(r.added).toEqual(['vereniging van nederlandse gemeenten']);
  });

  it('the home page and the banner: a sentence of the site\'s own fails until it is listed', () => {
    const html = '<main><h1>Lokaal samenwerken</h1><p>Lees eerst het <a href="/vooraf/">Vooraf</a>.</p></main><p class="peildatum"><strong>Peildatum december 2020.</strong> <a href="/over/">Over deze uitgave</a></p>';
    const home = compareSection({ sourceParts: [], allowedSource: ['Lokaal samenwerken'], siteBlocks: textBlocks(html, 'main') });
    expect(home.added).toEqual(['lees eerst het vooraf']);
    const banner = compareSection({ sourceParts: [], allowedSource: [], siteBlocks: textBlocks(html, '.peildatum', ['a']) });
    expect(banner.added).toEqual(['peildatum december 2020']);
    expect(compareSection({ sourceParts: [], allowedSource: [], siteBlocks: textBlocks(html, '.peildatum', ['a']), editorial: ['Peildatum december 2020.'] }).added).toEqual([]);
  });

  it('a template in the editors\' list fills its {slot} with words, and only whole sentences match', () => {
    const editorial = ['Gezocht op {datum}: niet gevonden.'];
    expect(compareSection({ sourceParts: [], siteBlocks: ['Gezocht op 2 december 2026: niet gevonden.'], editorial }).added).toEqual([]);
    expect(compareSection({ sourceParts: [], siteBlocks: ['Gezocht op 2 december 2026: gevonden op een andere site.'], editorial }).added).toEqual(['gezocht op 2 december 2026 gevonden op een andere site']);
  });
});

describe('a logged correction holds everywhere (titles, screen-reader text)', () => {
  const log = [
    { sectie: 'thema:1 / Uitgewerkt', grond: 'context', bron: '*Brochure voor gemeenteraadverkiezingen*', wordt: '*Brochure voor gemeenteraadsverkiezingen*' },
    { sectie: 'thema:2', grond: 'context', bron: 'wordt maatschappelijke kapitaal vernietigd', wordt: 'wordt maatschappelijk kapitaal vernietigd' },
    { sectie: 'thema:2', grond: 'context', bron: 'Amsterdam(2017)', wordt: 'Amsterdam (2017)' },
    { sectie: 'thema:3', grond: 'behouden', bron: 'jeugdbeleid -15' },
  ];
  it('knows the old wording of each correction, with a word of context', () => {
    expect(uncorrectedForms(log).map((f) => f.phrase)).toEqual(['voor gemeenteraadverkiezingen', 'wordt maatschappelijke kapitaal']);
  });
  it('finds the old wording in the text for screen readers and in titles, not elsewhere', () => {
    const [brochure] = uncorrectedForms(log);
    const page = (extra: string) => `<html><head><title>Thema 1</title></head><body><p><a href="/bronnen/b/">brochure<span class="sr-only"> (${extra})</span></a></p></body></html>`;
    expect(everyText(page('Bron: Brochure voor gemeenteraadverkiezingen'))).toContain(` ${brochure.phrase} `);
    expect(everyText('<html><head><meta name="description" content="Brochure voor gemeenteraadverkiezingen"></head><body></body></html>')).toContain(` ${brochure.phrase} `);
    expect(everyText(page('Bron: Brochure voor gemeenteraadsverkiezingen'))).not.toContain(` ${brochure.phrase} `);
  });
});

describe('typography', () => {
  const body = (html: string) => `<html><body>${html}</body></html>`;
  it('an opening quote where Dutch writes an apostrophe fails', () => {
    expect(typographyFaults(body('<p>Kinderen ‘t Sterrepad en ‘s-Hertogenbosch</p>'))).toHaveLength(2);
    expect(typographyFaults(body('<p>Kinderen ’t Sterrepad, ’s-Hertogenbosch en een ‘citaat’</p>'))).toEqual([]);
  });
  it('a missing space after a sentence, after a figure and around a link or code fails', () => {
    expect(typographyFaults(body('<p>van de redactie.4 fouten</p>'))).toEqual([expect.stringContaining('na een leesteken')]);
    expect(typographyFaults(body('<p>Op 6plaatsen</p>'))).toEqual([expect.stringContaining('na een getal')]);
    expect(typographyFaults(body('<p><code>/thema/8/</code> en<code>/stap/analyse/</code></p>'))).toEqual([expect.stringContaining('rond een link')]);
    expect(typographyFaults(body('<p>Mail <a href="mailto:x@y.nl">x@y.nl</a>en noem de pagina.</p>'))).toEqual([expect.stringContaining('rond een link')]);
  });
  it('leaves ordinary text alone', () => {
    expect(typographyFaults(body('<p>Zie <a href="/x/">thema 3</a>, en/of www.vng.nl. Ook 0-12 jaar, 16 uur, 1.5 en <em>Hier</em>. Zie thema:3 en 2e.</p>'))).toEqual([]);
  });
});
