import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { builtPages, readableText } from '../support/dist';

const origin = inject('origin');

/** Realistic queries of a wethouder or beleidsmedewerker, and the page that must be in the top 3. */
const querySuite: [query: string, expected: string][] = [
  ['lokale educatieve agenda', '/hoe/uitvoering/'],
  ['LEA', '/hoe/uitvoering/'],
  ['onderwijshuisvesting', '/waarom/huisvesting/'],
  ['integraal huisvestingsplan', '/waarom/huisvesting/'],
  ['IHP', '/waarom/huisvesting/'],
  ['voorschoolse educatie', '/waarom/kansengelijkheid/'],
  ['vve', '/waarom/kansengelijkheid/'],
  ['schaduwonderwijs', '/waarom/kansengelijkheid/'],
  ['lerarentekort', '/waarom/nieuwe-oplossingen/'],
  ['kinderopvangtoeslag', '/waarom/kinderopvang/'],
  ['jeugdhulp preventie', '/waarom/sociaal-domein-en-preventie/'],
  ['krachtenveldanalyse', '/hoe/analyse/'],
  ['Sluis krimp', '/hoe/analyse/'],
  ['Zoetermeer studiereis', '/hoe/startpunt/'],
  ['Den Bosch Compas', '/hoe/uitvoering/'],
  ['competenties wethouder', '/hoe/uitvoering/'],
  ['definitie kindcentra', '/waarom/kindcentra-2020-en-definities/'],
  ['combinatiefuncties', '/waarom/optimale-ontwikkeling/'],
  ['regierol', '/aanleiding/'],
  ['woonklimaat', '/waarom/woonklimaat-en-ouders/'],
];

/** Search through Pagefind's own API in the page (code as a string: vitest must not transform it). */
async function topUrls(page: Page, query: string, n = 3): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pf = window.__pf ??= await import('/pagefind/pagefind.js');
    await pf.init();
    const r = await pf.search(${JSON.stringify(query)});
    const data = await Promise.all(r.results.slice(0, ${n}).map((x) => x.data()));
    return data.map((d) => d.url.split('?')[0]);
  })()`) as Promise<string[]>;
}

/** Type a query on the search page and wait until the results for it are announced. */
async function searchFor(page: Page, query: string) {
  await page.getByLabel('Zoekterm').fill(query);
  await page.getByRole('status').filter({ hasText: `“${query}”` }).waitFor();
}

/** The text Pagefind indexes on a built page: its data-pagefind-body minus ignored parts. */
function indexedText(path: string): string {
  const page = builtPages().find((p) => p.path === path)!;
  const body = page.root.querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const x of body.querySelectorAll('[data-pagefind-ignore]')) x.remove();
  return readableText(body).toLowerCase();
}
const indexedPaths = () => builtPages().filter((p) => p.root.querySelector('[data-pagefind-body]')).map((p) => p.path);

describe('search (Pagefind, Dutch)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${origin}/zoeken/`);
  });
  afterAll(async () => browser?.close());

  it('measures the first query: bytes downloaded and time to first results', async () => {
    const fresh = await browser.newPage();
    let bytes = 0;
    fresh.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await fresh.goto(`${origin}/zoeken/`);
    const start = Date.now();
    await fresh.getByLabel('Zoekterm').fill('huisvesting');
    await fresh.locator('#zoekresultaten li').first().waitFor();
    const ms = Date.now() - start;
    await fresh.waitForLoadState('networkidle');
    console.log(`search: first query downloaded ${(bytes / 1024).toFixed(1)} KB from /pagefind/, first results after ${ms} ms`);
    expect(bytes).toBeGreaterThan(0);
    await fresh.close();
  });

  for (const [query, expected] of querySuite) {
    it(`"${query}" has ${expected} in the top 3`, async () => {
      expect(await topUrls(page, query)).toContain(expected);
    });
  }

  it('"huisvesting" also finds pages that only say "onderwijshuisvesting" (compound parts)', async () => {
    const onlyCompound = indexedPaths().filter((path) => {
      const text = indexedText(path);
      return text.includes('onderwijshuisvesting') && !/(^|[^\p{L}])huisvesting/u.test(text.replaceAll('onderwijshuisvesting', ''));
    });
    expect(onlyCompound.length).toBeGreaterThan(0);
    const found = await topUrls(page, 'huisvesting', 50);
    expect(onlyCompound.filter((p) => found.includes(p))).toEqual(onlyCompound);
  });

  it('"opvang" finds "kinderopvang" and "kindcentrum" finds pages that only say "kindcentra"', async () => {
    const opvang = await topUrls(page, 'opvang', 50);
    expect(opvang).toContain('/waarom/kinderopvang/');
    const onlyPlural = indexedPaths().filter((path) => {
      const text = indexedText(path);
      return text.includes('kindcentra') && !text.includes('kindcentrum');
    });
    expect(onlyPlural.length).toBeGreaterThan(0);
    const found = await topUrls(page, 'kindcentrum', 100);
    expect(onlyPlural.filter((p) => !found.includes(p))).toEqual([]);
  });

  it('the search page: typing shows results with title, onderdeel and a marked excerpt, and announces the count', async () => {
    await searchFor(page, 'krachtenveldanalyse');
    const analyse = page.locator('#zoekresultaten > li').filter({ has: page.getByRole('link', { name: 'Analyse', exact: true }) });
    expect(await analyse.count()).toBe(1);
    expect(await analyse.locator('p').first().textContent()).toBe('Hoe');
    expect(await analyse.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+ resultaten? voor “krachtenveldanalyse”\.$/);
  });

  it('sub-results deep-link to the heading inside the page', async () => {
    await searchFor(page, 'beheersfuncties');
    const sub = page.locator('#zoekresultaten .subresultaten a').first();
    expect(await sub.getAttribute('href')).toMatch(/^\/waarom\/huisvesting\/\?markeer=beheersfuncties#waar-kan-een-gemeente-op-inzetten$/);
  });

  it('filters narrow the results (onderdeel = Bron)', async () => {
    await searchFor(page, 'kinderopvang');
    const before = await page.getByRole('status').textContent();
    await page.getByRole('group', { name: 'Onderdeel' }).getByRole('checkbox', { name: /^Bron/ }).check();
    await expect.poll(() => page.getByRole('status').textContent()).not.toBe(before);
    const onderdelen = await page.locator('#zoekresultaten > li > p:first-child').allTextContents();
    expect(onderdelen.length).toBeGreaterThan(0);
    expect(new Set(onderdelen)).toEqual(new Set(['Bron']));
    await page.getByRole('group', { name: 'Onderdeel' }).getByRole('checkbox', { name: /^Bron/ }).uncheck();
  });

  it('says so when nothing is found', async () => {
    await searchFor(page, 'xylofoonconcert');
    expect(await page.getByRole('status').textContent()).toMatch(/^Geen resultaten voor “xylofoonconcert”/);
    expect(await page.locator('#zoekresultaten > li').count()).toBe(0);
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
    await p.goto(`${origin}/bronnen/`);
    await p.getByLabel('Soort').selectOption({ label: 'Video' });
    await p.locator('#filter-count').filter({ hasText: 'getoond' }).waitFor();
    expect(violations).toEqual([]);
    await p.close();
  });

  it('the header search box works from any page, with the Ctrl+K shortcut, and the hit is highlighted on the target page', async () => {
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
