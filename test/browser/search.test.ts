import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { invisibleExcerptWords, passes, rankOf, readSuite, repeatedRun, searchAsReader, suiteScores, visibleWords, type ReaderSearch, type SuiteQuery } from '../support/search-reader';

const origin = inject('origin');
const suite = readSuite();

describe('search as readers use it (test/search/queries.yaml, through /zoeken/)', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const rows: { q: SuiteQuery; s: ReaderSearch }[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/zoeken/`);
    // Enter after each query: the suite measures what is found, not the pause the page waits for while typing.
    for (const q of suite) rows.push({ q, s: await searchAsReader(page, q.query, 10, { enter: true }) });
    const sc = suiteScores(rows);
    console.log(
      `search suite: ${sc.queries} queries, top-1 ${(sc.top1 * 100).toFixed(1)}%, top-3 ${(sc.top3 * 100).toFixed(1)}%, MRR ${sc.mrr.toFixed(3)}, ` +
        `honest "geen resultaten" ${(sc.honestEmpty * 100).toFixed(0)}%, ${sc.passed} of ${sc.queries} as expected`,
    );
  }, 300_000);
  afterAll(async () => browser?.close());

  it('has at least 60 queries from several kinds of readers', () => {
    expect(suite.length).toBeGreaterThanOrEqual(60);
    expect(new Set(suite.map((q) => q.wie))).toEqual(new Set(['beleidsmedewerker', 'wethouder', 'ouder']));
  });

  it('finds the expected page first or in the top 3, and nothing for words not in the guide', () => {
    const failed = rows
      .filter(({ q, s }) => !passes(q, s))
      .map(({ q, s }) => `${q.query} → ${q.expect} (${q.rank ?? 'geen'}): rang ${rankOf(s, q.expect)}; ${s.results.slice(0, 3).map((r) => r.path).join(', ')}`);
    // The suite is a measure: at most 3 of its queries may miss their exact rank, never the top 10.
    expect(failed.length, failed.join('\n')).toBeLessThanOrEqual(3);
    for (const { q, s } of rows.filter((r) => r.q.expect !== 'none')) expect(rankOf(s, q.expect), q.query).toBeGreaterThan(0);
    // A second page the reader should also see near the top ("wat is een ikc" → the glossary).
    for (const { q, s } of rows.filter((r) => r.q.ook)) expect(s.results.slice(0, 5).map((r) => r.path), q.query).toContain(q.ook);
    for (const { q, s } of rows.filter((r) => r.q.expect === 'none')) {
      expect(s.results, q.query).toEqual([]);
      expect(s.status, q.query).toMatch(/^Geen resultaten voor “/);
    }
  });

  it('top-3 excerpts contain only words the reader can see on that page', async () => {
    const seen = visibleWords(browser, origin);
    const bad: string[] = [];
    for (const { q, s } of rows) {
      for (const r of s.results.slice(0, 3)) {
        const invisible = await invisibleExcerptWords(r, seen);
        if (invisible.length) bad.push(`${q.query} → ${r.path}: ${invisible.join(' ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the sections under a result never show the result\'s excerpt (or each other\'s) again', () => {
    const repeats = rows.flatMap(({ q, s }) =>
      s.results.flatMap((r) => {
        const run = repeatedRun(r);
        return run ? [`${q.query} → ${r.path}: "${run}"`] : [];
      }),
    );
    // Measured over something: the suite's results do list sections.
    expect(rows.some(({ s }) => s.results.some((r) => r.subs.length > 0))).toBe(true);
    expect(repeats).toEqual([]);
  });

  it('marks in excerpts are words of the page, and no console errors occurred', () => {
    for (const { s } of rows) for (const r of s.results) expect(r.marked.every((m) => r.excerpt.includes(m))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('corrects a typo and says so once; splits a compound the guide lacks into words it has', async () => {
    const s = await searchAsReader(page, 'kinderopvangtoeslg');
    expect(s.results[0].path).toBe('/waarom/kinderopvang/');
    expect(s.status).toMatch(/^\d+ resultaten? voor “kinderopvangtoeslag” \(u typte “kinderopvangtoeslg”\)\.$/);
    expect(await page.locator('#zoekmelding').textContent()).not.toContain('kinderopvangtoeslag');
    const split = await searchAsReader(page, 'achterstandswijk kansen');
    expect(split.results[0].path).toBe('/waarom/kansengelijkheid/');
    expect(split.status).toMatch(/voor “achterstandswijk kansen”\.$/);
    expect(await page.locator('#zoekmelding').textContent()).toBe('“achterstandswijk” staat niet in de handreiking; gezocht op achterstand en wijk.');
  });

  it('opens a result at its section, the first highlighted word there on screen, at 375 and 1280 px', async () => {
    // The first hit after the heading the link names (the hash), as the reader sees it.
    const firstHitInView = `(() => {
      const section = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const hit = [...document.querySelectorAll('mark.pagefind-highlight')].find((m) => !section || section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
      const box = hit?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.bottom <= innerHeight;
    })()`;
    // Three times at 375 px: with a text fragment in the link, marking the words made the browser
    // lose it in up to half of the opens there (the page stayed near its top or at the heading).
    // Then a section listed under a result, which opens below its page's top.
    const opens = [
      ...[375, 375, 375, 1280].map((width) => ({ width, query: 'kapitaallasten', link: '#zoekresultaten > li h2 a' })),
      { width: 375, query: 'samenwerking', link: '#zoekresultaten > li li a' },
    ];
    for (const { width, query, link } of opens) {
      const p = await browser.newPage({ viewport: { width, height: 800 } });
      await p.goto(`${origin}/zoeken/?q=${query}`);
      await searchAsReaderReady(p, query);
      const href = (await p.locator(link).first().getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/[\\w/-]+/\\?markeer=${query}#[\\w%-]+$`));
      if (query === 'kapitaallasten') expect(href).toMatch(/^\/waarom\/huisvesting\//);
      await p.locator(link).first().click();
      await p.locator('mark.pagefind-highlight').first().waitFor();
      await expect.poll(() => p.evaluate(firstHitInView), { message: `${query} at ${width} px: ${href}` }).toBe(true);
      expect(new URL(p.url()).hash).toBe(`#${href.split('#')[1]}`);
      await p.close();
    }
  });

  it('finds compounds by their later part and highlights the word the reader sees on arrival', async () => {
    const s = await searchAsReader(page, 'huisvesting');
    expect(s.results.map((r) => r.path)).toContain('/hoe/ambitie-en-rol/'); // says only "onderwijshuisvesting"
    const p = await browser.newPage();
    const result = s.results.find((r) => r.path === '/hoe/ambitie-en-rol/')!;
    expect(result.marked.map((m) => m.toLowerCase())).toContain('onderwijshuisvesting');
    await p.goto(origin + result.url);
    await p.locator('mark.pagefind-highlight').first().waitFor();
    expect((await p.locator('mark.pagefind-highlight').allTextContents()).map((t) => t.toLowerCase())).toContain('onderwijshuisvesting');
    await p.close();
  });

  it('abbreviations match whole words only ("LEA" is not "lead")', async () => {
    const s = await searchAsReader(page, 'LEA');
    expect(s.results.length).toBeGreaterThan(0);
    for (const r of s.results) expect(r.marked.every((m) => !/^lead/i.test(m))).toBe(true);
  });

  it('bad input gives a Dutch message, escapes everything and logs no error', async () => {
    const before = errors.length;
    for (const q of ['<script>alert(1)</script>', '*', '"', '?!.,;:', '😀🎉', 'a'.repeat(500), "' OR 1=1 --", '<img src=x onerror=alert(1)>']) {
      const s = await searchAsReader(page, q);
      expect(s.status, q).toMatch(/^(Geen |\d+ resultat)/);
      expect(await page.locator('#zoeken script, #zoeken img').count(), q).toBe(0);
    }
    const s = await searchAsReader(page, 'a'.repeat(500));
    expect(s.status).toMatch(/Geen resultaten/);
    expect(await page.locator('#zoekmelding').textContent()).toContain('ingekort tot de eerste 100 tekens');
    expect((await searchAsReader(page, '?!.,')).status).toMatch(/typ een woord/);
    expect(errors.slice(before)).toEqual([]);
  });

  it('filters narrow the results, counts follow the results, the disclosure shows how many are on', async () => {
    await searchAsReader(page, 'kinderopvang');
    const bron = page.getByRole('group', { name: 'Onderdeel' }).getByRole('checkbox', { name: /^Bron/ });
    const label = await page.locator('#zoekfilters label').filter({ hasText: /^\s*Bron/ }).textContent();
    const count = Number(/\((\d+)\)/.exec(label ?? '')![1]);
    await bron.check();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(new RegExp(`^${count} resultat`));
    expect(new Set(await page.locator('#zoekresultaten > li > p:first-child').allTextContents())).toEqual(new Set(['Bron']));
    expect(await page.locator('#zoekfilters-titel').textContent()).toBe('Filters (1)');
    await page.getByRole('group', { name: 'Onderdeel' }).getByRole('checkbox', { name: /^Bron/ }).uncheck();
    await searchAsReader(page, 'Hengelo');
    const counts = await page.locator('#zoekfilters label').allTextContents();
    expect(counts.some((c) => /\(80\)/.test(c))).toBe(false);
  });

  it('on a phone the results come first: filters fold away, one search landmark, the header box shows the query', async () => {
    const p = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await p.goto(`${origin}/zoeken/?q=huisvesting`);
    await searchAsReaderReady(p, 'huisvesting');
    expect(await p.locator('#zoekfilters-uitklap').getAttribute('open')).toBeNull();
    const first = await p.locator('#zoekresultaten > li').first().boundingBox();
    expect(first!.y).toBeLessThan(800);
    expect(await p.getByRole('search').count()).toBe(1);
    expect(await p.locator('#site-search').inputValue()).toBe('huisvesting');
    await p.close();
  });

  it('arrow keys move from the box through the results', async () => {
    await searchAsReader(page, 'huisvesting');
    await page.locator('#zoekterm').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const links = await page.locator('#zoekresultaten > li > h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate('document.activeElement.id')).toBe('zoekterm');
  });

  it('search, filters and highlighting run under the site\'s Content-Security-Policy without violations', async () => {
    const p = await browser.newPage();
    const violations: string[] = [];
    p.on('console', (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
    });
    await p.goto(`${origin}/zoeken/?q=kinderopvang`);
    expect(await p.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await p.locator('#zoekresultaten > li').first().waitFor();
    await p.locator('#zoekresultaten > li h2 a').first().click();
    await p.locator('mark.pagefind-highlight').first().waitFor();
    expect(violations).toEqual([]);
    await p.close();
  });

  it('the header search box works from any page, with the Ctrl+K shortcut; content pages load no script file; the hit is highlighted on the target page', async () => {
    const p = await browser.newPage();
    await p.goto(`${origin}/waarom/kinderopvang/`);
    expect(await p.locator('script[src]').count()).toBe(0);
    await p.keyboard.press('Control+k');
    expect(await p.evaluate('document.activeElement.id')).toBe('site-search');
    await p.keyboard.type('Compas');
    await p.keyboard.press('Enter');
    await p.waitForURL('**/zoeken/?q=Compas');
    await p.locator('#zoekresultaten > li h2 a').first().click();
    await p.waitForURL(/markeer=compas/i);
    await p.locator('mark.pagefind-highlight').first().waitFor();
    expect(await p.locator('mark.pagefind-highlight').first().textContent()).toMatch(/compas/i);
    await p.close();
  });
});

/** Wait for a search that the page started itself (from ?q=). */
async function searchAsReaderReady(p: Page, query: string) {
  await p.locator(`#zoeken[data-zoekstatus="klaar"][data-zoekvraag="${query}"]`).waitFor();
}
