import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content-model/registry';
import { fidelityScope } from '../../src/content-model/fidelity-scope';
import { editorialOnPage, editorialPlainText, readEditorialText, readRedactielog } from '../../src/content-model/redactielog';
import { builtPages, readableText, type BuiltPage } from '../support/dist';
import {
  applySectionLog,
  cleanLine,
  compareSection,
  droppedSections,
  editorialShown,
  everyText,
  exactText,
  normaliseUrl,
  pageRegions,
  sectionTarget,
  sourceSentences,
  sourcePagePhrases,
  sourceUrls,
  splitSections,
  textBlocks,
  tokens,
  uncorrectedForms,
  type SectionStart,
  type SourcePart,
} from '../support/fidelity';
import { typographyFaults } from '../support/typography';

/*
 * Content truth, per section and both ways. The source (the PDF export, copy in test/fixtures/bron/)
 * is split into its sections (test/fixtures/bron/secties.yaml); each section's logged corrections
 * are applied to that section only; then every sentence of the section must be in its own place on
 * the built site, and every sentence there must come from that section or be listed as the editors'
 * own text (content/redactie/eigen-tekst.yaml).
 */
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'bron');
const content = join(import.meta.dirname, '..', '..', 'content');
const guide = readFileSync(join(fixtures, 'handreiking-lokaal-samenwerken-2020.txt'), 'utf8');
const sectionMap = parseYaml(readFileSync(join(fixtures, 'secties.yaml'), 'utf8')) as SectionStart[];
const registry = loadRegistry(content);
const themeIds = new Map([...registry.themes].map(([n, t]) => [n, t.id]));
const log = readRedactielog(content);
const editorial = readEditorialText(content);

// The four background articles are sections of their own, one file each.
const articleIds = readdirSync(join(content, 'achtergrond')).filter((f) => f.endsWith('.md')).map((f) => basename(f, '.md'));
const raw = splitSections(guide, sectionMap);
for (const id of articleIds) {
  const text = readFileSync(join(fixtures, `${id}.txt`), 'utf8');
  raw.set(`achtergrond:${id}`, [{ from: 1, to: text.split('\n').length, text }]);
}
const { sections, problems: logProblems } = applySectionLog(raw, log);

const targets = new Map([...sections.keys()].map((id) => [id, sectionTarget(id, themeIds)]));
const partsAt = (path: string, heading: string): SourcePart[] =>
  [...sections].filter(([id]) => targets.get(id)?.path === path && targets.get(id)?.heading === heading).flatMap(([, p]) => p);

/** What the test reads (the same list /over/ and /verantwoording/ describe). */
const scope = fidelityScope(registry);
/** Every page that presents the guide (or a background article): one unit per ## on themes, else the whole page. */
const contentPaths = scope.sectionPages;
const pageByPath = () => new Map(builtPages().map((p) => [p.path, p]));
const editorialFor = (path: string) => editorial.filter((e) => editorialOnPage(e, path)).map((e) => editorialPlainText(e.tekst));

/** What a unit is: a section of the source in its place, or a part of the site that shows text of its own. */
type UnitKind = 'sectie' | 'voetnotenlijst' | 'bronpagina' | 'voorpagina' | 'peildatum';
interface Unit {
  kind: UnitKind;
  path: string;
  heading: string;
  sourceParts: string[];
  /** Where its sentences may come from, when that is more than its own section. */
  allowedSource?: string[];
  /** Names, reordered as names are (source pages). */
  names?: boolean;
  siteBlocks: string[];
}
function units(pages: Map<string, BuiltPage>): Unit[] {
  const out: Unit[] = [];
  for (const path of contentPaths) {
    const page = pages.get(path);
    if (!page) throw new Error(`${path} staat niet in dist/`);
    const regions = pageRegions(page.html, { skipTitle: path.startsWith('/voetnoten/') });
    const whole = partsAt(path, '*');
    const themed = path.startsWith('/waarom/') && path !== '/waarom/';
    if (!themed) {
      out.push({ kind: 'sectie', path, heading: '*', sourceParts: whole.map((p) => p.text), siteBlocks: [...regions.values()].flat() });
      continue;
    }
    const headings = new Set([...regions.keys(), ...[...targets.values()].filter((t) => t?.path === path).map((t) => t!.heading)]);
    for (const heading of headings) {
      out.push({ kind: 'sectie', path, heading, sourceParts: partsAt(path, heading).map((p) => p.text), siteBlocks: regions.get(heading) ?? [] });
    }
  }
  return [...out, ...ownTextUnits(pages)];
}

/** The guide's text wherever it may be quoted (a source page, the home page): every section, corrected. */
const wholeGuide = [...sections].filter(([id]) => !droppedSections.has(id)).flatMap(([, parts]) => parts.map((p) => p.text));
/** The title page too: the home page shows the guide's title and subtitle. */
const wholeExport = [...sections].flatMap(([, parts]) => parts.map((p) => p.text));

/**
 * Parts of the site that show text outside the sections: footnote lists, source pages, the home
 * page and the peildatum banner. Site → source only (their source direction is tested elsewhere):
 * each sentence comes from the source or from the editors' list.
 */
function ownTextUnits(pages: Map<string, BuiltPage>): Unit[] {
  const out: Unit[] = [];
  // The footnote lists under the guide's text (the catalogue /voetnoten/ has its own page per note).
  for (const path of scope.footnoteListPages) {
    const page = pages.get(path);
    if (!page) throw new Error(`${path} staat niet in dist/`);
    for (const li of page.root.querySelectorAll('section.footnotes li[id^="voetnoot-"]')) {
      const n = Number(li.id.replace('voetnoot-', ''));
      out.push({
        kind: 'voetnotenlijst',
        path: page.path,
        heading: `voetnoot ${n}`,
        sourceParts: (sections.get(`voetnoot:${n}`) ?? []).map((p) => p.text),
        siteBlocks: textBlocks(li.outerHTML, 'li', ['.fn-back']),
      });
    }
  }
  for (const path of scope.sourcePages) {
    const page = pages.get(path);
    if (!page) throw new Error(`${path} staat niet in dist/`);
    // The type label above the title and the field names are the site's; the dates of the editors'
    // link checks (<time>) are their record, stated under a field name.
    out.push({ kind: 'bronpagina', path, heading: '*', sourceParts: [], allowedSource: wholeGuide, names: true, siteBlocks: sourcePagePhrases(textBlocks(page.html, 'article', ['.kicker', 'dt', 'dd > time'])) });
  }
  const home = pages.get(scope.home);
  if (!home) throw new Error(`${scope.home} staat niet in dist/`);
  out.push({ kind: 'voorpagina', path: scope.home, heading: '*', sourceParts: [], allowedSource: wholeExport, siteBlocks: textBlocks(home.html, 'main', ['nav']) });
  // The banner is in the header of every page, the same everywhere: read once, on the home page.
  out.push({ kind: 'peildatum', path: scope.home, heading: 'peildatum', sourceParts: [], allowedSource: wholeExport, siteBlocks: textBlocks(home.html, '.peildatum', ['a']) });
  return out;
}
/** What a reader sees of an element: its text without screen-reader extras and search helpers. */
const shownText = (el: { outerHTML: string }) => {
  const clone = parse(el.outerHTML);
  for (const x of clone.querySelectorAll('.sr-only, .fn-ref, [data-zoektermen]')) x.remove();
  return clone.textContent;
};
/**
 * What the reader reads on a page, as one token string: the guide's content regions on pages
 * that present the guide, the whole of <main> elsewhere (a source page's link details).
 */
const pageTokens = (page: BuiltPage, path: string) => {
  if (contentPaths.includes(path)) return ` ${[...pageRegions(page.html).values()].flat().map((b) => tokens(b).join(' ')).join(' ')} `;
  const main = parse(page.html).querySelector('main');
  for (const x of main?.querySelectorAll('script, style, .sr-only') ?? []) x.remove();
  return ` ${tokens(main?.textContent ?? '').join(' ')} `;
};
const label = (u: Pick<Unit, 'path' | 'heading'>) => `${u.path}${u.heading === '*' ? '' : ` › ${u.heading || '(titel)'}`}`;

describe('fidelity: every section of the source in its own place, and nothing added', () => {
  it('the section map covers the source and names only known pages', () => {
    const bad = [...targets].filter(([, t]) => t && !contentPaths.includes(t.path)).map(([id]) => id);
    expect(bad).toEqual([]);
    expect(sectionMap[0].van).toBe(1);
  });

  it('every log entry applies exactly as often as it says, to the section it names', () => {
    expect(logProblems).toEqual([]);
  });

  it('every dropped part of the source (title page, navigation, sidebar) is explained in the log', () => {
    const unexplained = [...raw]
      .filter(([id]) => droppedSections.has(id))
      .flatMap(([id, parts]) => parts.filter((p) => !log.some((e) => e.sectie === id && p.text.includes(e.bron))).map((p) => `${id}: bronregels ${p.from}-${p.to}`));
    expect(unexplained).toEqual([]);
  });

  it('per section, both ways: source → its place on the site, and site → its source or the editors\' list', () => {
    const pages = pageByPath();
    const rows: string[] = [];
    const failures: string[] = [];
    let src = 0;
    let srcFound = 0;
    let site = 0;
    let siteFound = 0;
    const own = { site: 0, found: 0 };
    for (const u of units(pages)) {
      const r = compareSection({ sourceParts: u.sourceParts, allowedSource: u.allowedSource, names: u.names, siteBlocks: u.siteBlocks, editorial: editorialFor(u.path) });
      src += r.sourceTotal;
      srcFound += r.sourceTotal - r.missing.length;
      site += r.siteTotal;
      siteFound += r.siteTotal - r.added.length;
      if (u.kind !== 'sectie') {
        own.site += r.siteTotal;
        own.found += r.siteTotal - r.added.length;
      }
      rows.push(`${label(u).padEnd(90)} bron→site ${r.sourceTotal - r.missing.length}/${r.sourceTotal}  site→bron ${r.siteTotal - r.added.length}/${r.siteTotal}`);
      for (const s of r.missing) failures.push(`${label(u)}: zin uit de bron ontbreekt hier: "${s}"`);
      for (const s of r.added) failures.push(`${label(u)}: zin staat niet in de bron van deze sectie (en niet in redactie/eigen-tekst.yaml): "${s}"`);
    }
    const pct = (a: number, b: number) => ((a / b) * 100).toFixed(1);
    console.log(
      [
        'fidelity per sectie (zinnen gevonden / totaal):',
        ...rows,
        `totaal: bron→site ${srcFound}/${src} (${pct(srcFound, src)}%), site→bron ${siteFound}/${site} (${pct(siteFound, site)}%), ${rows.length} eenheden`,
        `waarvan voetnotenlijsten, bronpagina's, voorpagina en peildatum: site→bron ${own.found}/${own.site} (${pct(own.found, own.site)}%)`,
      ].join('\n'),
    );
    expect(failures).toEqual([]);
  });

  it('the editors\' own text is on the pages it names (the list stays honest)', () => {
    const pages = builtPages();
    const textOf = new Map(pages.map((p) => [p.path, textBlocks(p.html, 'body', ['nav']).join(' ')]));
    const stale = editorial.flatMap((e) => {
      const shown = editorialPlainText(e.tekst);
      return e.paginas
        .filter((pattern) => {
          // An exact path must show it; a pattern ("/bronnen/*") at least one page it covers.
          const paths = pattern.endsWith('*') ? pages.map((p) => p.path).filter((p) => editorialOnPage({ paginas: [pattern] }, p)) : [pattern];
          const found = paths.filter((path) => editorialShown(shown, textOf.get(path) ?? ''));
          return pattern.endsWith('*') ? found.length === 0 : found.length !== 1;
        })
        .map((pattern) => `${pattern}: "${shown}"`);
    });
    expect(stale).toEqual([]);
  });

  it('quotes carry exactly the attribution the source gives, as printed (separators too), and none where it gives none', () => {
    const pages = pageByPath();
    const wrong: string[] = [];
    for (const path of contentPaths) {
      const page = pages.get(path)!;
      const lines = [...sections]
        .filter(([id]) => targets.get(id)?.path === path)
        .flatMap(([, parts]) => parts.flatMap((p) => p.text.split('\n')));
      const outsideCaptions = parse(page.html);
      for (const c of outsideCaptions.querySelectorAll('figcaption')) c.remove();
      const rest = ` ${tokens(readableText(outsideCaptions.querySelector('body')!)).join(' ')} `;
      for (const figure of page.root.querySelectorAll('figure.quote')) {
        const quote = tokens(figure.querySelector('blockquote')!.text);
        // The caption as printed, punctuation included: "— " is the site's own dash before it.
        const printed = exactText((figure.querySelector('figcaption')?.text ?? '').replace(/^\s*—\s*/, ''));
        const caption = tokens(printed);
        const head = quote.slice(0, 4).join(' ');
        const tail = quote.slice(-4).join(' ');
        const start = lines.findIndex((l) => ` ${tokens(l).join(' ')} `.includes(` ${head} `));
        if (start < 0) {
          wrong.push(`${path}: citaat "${quote.slice(0, 8).join(' ')}…" niet gevonden in de bron van deze pagina`);
          continue;
        }
        let end = start;
        while (end < lines.length && !` ${tokens(lines[end]).join(' ')} `.includes(` ${tail} `)) end++;
        const next = lines.slice(end + 1).find((l) => l.trim()) ?? '';
        if (caption.length) {
          // Exact, not by words: a separator the source does not print (", ") is a difference too.
          const source = exactText(cleanLine(next));
          if (printed !== source) wrong.push(`${path}: citaat "${head}…" toont "${printed}", de bron zegt "${source}"`);
        } else if (next && !rest.includes(` ${tokens(next).join(' ')} `)) {
          // (No next line: the quote closes its section, so nothing can be its attribution.)
          wrong.push(`${path}: citaat "${head}…" heeft geen naam, maar de regel erna in de bron ("${next.trim()}") staat nergens anders op de pagina`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every summary (tiles, descriptions) is one whole sentence of its own section', () => {
    const wrong: string[] = [];
    const entries = [
      ...['pages', 'steps', 'themes'].flatMap((folder) =>
        readdirSync(join(content, folder)).map((f) => {
          const { frontmatter } = parseFrontmatter(readFileSync(join(content, folder, f), 'utf8'));
          const id = basename(f, '.mdx');
          const path = folder === 'pages' ? `/${id}/` : folder === 'steps' ? `/hoe/${id}/` : `/waarom/${id}/`;
          return { file: `content/${folder}/${f}`, path, summary: String(frontmatter.summary ?? '') };
        }),
      ),
      ...articleIds.map((id) => ({
        file: `content/achtergrond/${id}.md`,
        path: `/achtergrond/${id}/`,
        summary: String(parseFrontmatter(readFileSync(join(content, 'achtergrond', `${id}.md`), 'utf8')).frontmatter.summary ?? ''),
      })),
    ];
    for (const e of entries) {
      const own = [...sections].filter(([id]) => targets.get(id)?.path === e.path).flatMap(([, parts]) => parts.flatMap((p) => sourceSentences(p.text)));
      const summary = tokens(e.summary).join(' ');
      if (!own.some((s) => s.join(' ') === summary) && !editorialFor(e.path).some((t) => tokens(t).join(' ') === summary)) {
        wrong.push(`${e.file}: summary is geen hele zin uit de eigen sectie: "${e.summary}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every tooltip, footnote list and footnote page shows exactly the footnote file\'s text', () => {
    // The text a reader must see: the footnote file's Markdown as plain text (link texts, no markup).
    const expected = new Map<number, string>();
    for (const f of readdirSync(join(content, 'footnotes'))) {
      const { frontmatter, content: body } = parseFrontmatter(readFileSync(join(content, 'footnotes', f), 'utf8'));
      if (frontmatter.missing) continue;
      const tree = fromMarkdown(body);
      expected.set(Number(frontmatter.number), exactText(tree.children.map((node) => toString(node)).join(' ')));
    }
    const wrong: string[] = [];
    const check = (where: string, n: number, shown: string) => {
      const want = expected.get(n);
      if (want !== undefined && exactText(shown) !== want) wrong.push(`${where}, voetnoot ${n}: toont "${exactText(shown)}", het bestand zegt "${want}"`);
    };
    let seen = 0;
    for (const page of builtPages()) {
      for (const tip of page.root.querySelectorAll('.fn-tip')) {
        const n = Number(tip.id.match(/fnref-(\d+)/)?.[1]);
        // Popovers carry the rendered note (links with their screen-reader extras), as the list does.
        check(`${page.path} (tooltip)`, n, shownText(tip));
        seen++;
      }
      for (const li of page.root.querySelectorAll('.footnotes li[id^="voetnoot-"], ol.footnotes > li[id^="voetnoot-"]')) {
        const n = Number(li.id.replace('voetnoot-', ''));
        const prose = li.querySelector('.prose');
        if (prose) check(`${page.path} (voetnotenlijst)`, n, shownText(prose));
      }
    }
    const pages = pageByPath();
    for (const n of expected.keys()) {
      const prose = pages.get(`/voetnoten/${n}/`)?.root.querySelector('article .prose');
      check(`/voetnoten/${n}/`, n, prose ? shownText(prose) : '');
    }
    expect(seen).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  it('every URL in the source is a link target on the site', () => {
    const hrefs = new Set(builtPages().flatMap((p) => p.root.querySelectorAll('a[href^="http"]').map((a) => normaliseUrl(a.getAttribute('href')!))));
    const missing = sourceUrls(guide).filter((u) => !hrefs.has(u));
    expect(missing).toEqual([]);
  });

  it('every logged correction holds wherever the same text is shown: titles, screen-reader text, sources.yaml', () => {
    const forms = uncorrectedForms(log);
    // Guard against a check that cannot fail: the log has corrections that change words.
    expect(forms.length).toBeGreaterThan(10);
    const sourcesYaml = ` ${tokens(readFileSync(join(content, 'sources', 'sources.yaml'), 'utf8')).join(' ')} `;
    const wrong: string[] = [];
    for (const { entry, phrase } of forms) {
      if (sourcesYaml.includes(` ${phrase} `)) wrong.push(`content/sources/sources.yaml: "${phrase}" (ingreep ${entry.file}, sectie ${entry.sectie})`);
    }
    // /verantwoording/ shows the log itself, the uncorrected text included.
    for (const page of builtPages().filter((p) => p.path !== '/verantwoording/')) {
      const text = everyText(page.html);
      for (const { entry, phrase } of forms) if (text.includes(` ${phrase} `)) wrong.push(`${page.path}: "${phrase}" (ingreep ${entry.file}, sectie ${entry.sectie})`);
    }
    expect(wrong).toEqual([]);
  });

  it('typography: an apostrophe in ’t and ’s-Hertogenbosch, and a space after every sentence and around links', () => {
    const wrong = builtPages().flatMap((page) => typographyFaults(page.html).map((f) => `${page.path}: ${f}`));
    expect(wrong).toEqual([]);
  });

  it('every source page lists where the guide names it, from what the plugins recorded', () => {
    const pages = pageByPath();
    const silent = [...registry.sources.keys()].filter((id) => !pages.get(`/bronnen/${id}/`)?.root.querySelector('.backlinks li a[href*="#"]'));
    expect(silent).toEqual([]);
  });

  it("source pages tell the guide's own links from the editors': each added one with where and when it was confirmed", () => {
    const guideUrls = new Set(sourceUrls(guide));
    // The guide also names bare domains ("waarstaatjegemeente.nl"), which a reader types in as an address.
    const inGuide = (href: string) => {
      const address = normaliseUrl(href);
      return guideUrls.has(address) || new RegExp(`(^|[\\s(])${address.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=[\\s).,;]|$)`, 'im').test(guide);
    };
    const wrong: string[] = [];
    const sourcePages = builtPages().filter((p) => /^\/bronnen\/[^/]+\/$/.test(p.path));
    const seen = { handreiking: 0, redactie: 0, onbekend: 0 };
    for (const page of sourcePages) {
      const main = parse(page.html).querySelector('main')!;
      const cell = main.querySelector('[data-link-herkomst]');
      const origin = cell?.getAttribute('data-link-herkomst') as keyof typeof seen | undefined;
      if (!cell || !origin || !(origin in seen)) {
        wrong.push(`${page.path}: geen link en geen melding "Link onbekend"`);
        continue;
      }
      seen[origin]++;
      const href = cell.querySelector('a[href^="http"]')?.getAttribute('href');
      const dd = (label: string) => main.querySelectorAll('dt').find((dt) => dt.text.trim() === label)?.nextElementSibling;
      if (origin === 'handreiking' && (!href || !inGuide(href))) wrong.push(`${page.path}: link ${href} heet uit de handreiking te komen, maar staat er niet in`);
      if (origin === 'redactie') {
        if (!href || inGuide(href)) wrong.push(`${page.path}: link ${href} staat in de handreiking; zet urlInHandreiking: true`);
        if (!/^https?:\/\//.test(dd('Bevestigd door')?.querySelector('a')?.getAttribute('href') ?? '')) wrong.push(`${page.path}: niet gezegd welke pagina de link bevestigt`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(dd('Gecontroleerd')?.querySelector('time')?.getAttribute('datetime') ?? '')) wrong.push(`${page.path}: niet gezegd wanneer de link is gecontroleerd`);
      }
      if (origin === 'onbekend' && href) wrong.push(`${page.path}: "Link onbekend" naast een link (${href})`);
    }
    // The editors' sentences on source pages are listed for exactly the pages that show them.
    for (const e of editorial.filter((x) => x.paginas.length && x.paginas.every((path) => path.startsWith('/bronnen/') && path !== '/bronnen/'))) {
      const shown = sourcePages.filter((p) => pageTokens(p, p.path).includes(` ${tokens(e.tekst).join(' ')} `)).map((p) => p.path);
      for (const path of shown.filter((x) => !editorialOnPage(e, x))) wrong.push(`${path}: toont "${e.tekst}", maar redactie/eigen-tekst.yaml noemt deze pagina daar niet`);
    }
    // 14 addresses in the guide; the editors found more than half of the rest.
    expect({ wrong, guide: seen.handreiking }).toEqual({ wrong: [], guide: 14 });
    expect(seen.handreiking + seen.redactie).toBeGreaterThanOrEqual(40);
  });

  it('no paragraph or list item appears twice on one page', () => {
    const doubles: string[] = [];
    const pages = pageByPath();
    for (const path of contentPaths) {
      const main = parse(pages.get(path)!.html).querySelector('main');
      if (!main) continue;
      for (const x of main.querySelectorAll('.footnotes, .fn-tip, nav, [data-pagefind-ignore]')) x.remove();
      const seen = new Set<string>();
      for (const block of main.querySelectorAll('p, li').filter((b) => !b.querySelector('p'))) {
        const text = tokens(readableText(block)).join(' ');
        if (text.split(' ').length < 8) continue;
        if (seen.has(text)) doubles.push(`${path}: ${text.slice(0, 80)}…`);
        seen.add(text);
      }
    }
    expect(doubles).toEqual([]);
  });
});
