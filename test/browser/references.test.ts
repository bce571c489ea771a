import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const origin = inject('origin');

describe('the web of references: click through and back', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => browser?.close());

  it('theme → cross-reference → other theme → backlink → back to the citing theme', async () => {
    await page.goto(`${origin}/waarom/kansengelijkheid/`);
    // "(zie thema 1)" in the first paragraph; the accessible name carries the theme title.
    const ref = page.locator('main a.ref-thema[href="/waarom/optimale-ontwikkeling/"]').first();
    expect(await ref.textContent()).toContain('Thema 1: Optimale ontwikkeling van kinderen');
    await ref.click();
    await page.waitForURL('**/waarom/optimale-ontwikkeling/');
    const back = page.getByRole('region', { name: 'Naar dit thema wordt verwezen vanuit' }).getByRole('link', { name: /Thema 2: Vergroten kansengelijkheid/ });
    await back.click();
    await page.waitForURL(/\/waarom\/kansengelijkheid\/#ref-thema-1$/);
    expect(await page.evaluate('document.getElementById("ref-thema-1") !== null')).toBe(true);
  });

  it('footnote marker: text on focus, jump to the list, back to the text, own page with backlinks', async () => {
    await page.goto(`${origin}/waarom/kansengelijkheid/`);
    const marker = page.locator('#fnref-21');
    const tip = page.locator('#fnref-21-tip');
    expect(await tip.isVisible()).toBe(false);
    await marker.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('Kwaliteit in kleutergroepen');
    await marker.click();
    expect(page.url()).toMatch(/#voetnoot-21$/);
    const item = page.locator('#voetnoot-21');
    await item.getByRole('link', { name: /Terug naar de tekst/ }).click();
    expect(page.url()).toMatch(/#fnref-21$/);
    await item.getByRole('link', { name: 'Voetnoot 21 apart bekijken' }).click();
    await page.waitForURL('**/voetnoten/21/');
    const cited = page.getByRole('region', { name: 'Voetnoot 21 wordt aangehaald in' });
    expect(await cited.getByRole('link', { name: /Vergroten kansengelijkheid/ }).count()).toBe(1);
  });

  it('footnote → source page → "genoemd in" backlinks → back to the footnote', async () => {
    await page.goto(`${origin}/voetnoten/23/`);
    await page.locator('main a.ref-bron').first().click();
    await page.waitForURL('**/bronnen/**');
    const mentions = page.getByRole('region', { name: 'Genoemd in' });
    const links = await mentions.getByRole('link').allTextContents();
    expect(links).toContain('Voetnoot 23');
    await mentions.getByRole('link', { name: 'Voetnoot 23' }).click();
    await page.waitForURL(/\/voetnoten\/23\/#/);
  });

  it('a source without a known URL says so, and shows no dead link', async () => {
    await page.goto(`${origin}/bronnen/`);
    const missing = await page.locator('.missing-url').count();
    expect(missing).toBeGreaterThan(0);
    expect(await page.locator('a[href="#"], a[href=""]').count()).toBe(0);
  });

  it('the catalogue filters by type without JavaScript logic (CSS) and announces the count with it', async () => {
    await page.goto(`${origin}/bronnen/`);
    const all = await page.locator('.source-item:visible').count();
    await page.getByLabel('Soort').selectOption({ label: 'Video' });
    const videos = await page.locator('.source-item:visible').count();
    expect(videos).toBeGreaterThan(0);
    expect(videos).toBeLessThan(all);
    // The count is updated in the next animation frame: wait for it instead of reading it at once.
    await page.locator('#filter-count').filter({ hasText: `${videos} ${videos === 1 ? 'bron' : 'bronnen'} getoond` }).waitFor();
  });

  it('short URLs redirect to the canonical pages', async () => {
    await page.goto(`${origin}/thema/4/`);
    await page.waitForURL('**/waarom/huisvesting/');
    await page.goto(`${origin}/stap/analyse/`);
    await page.waitForURL('**/hoe/analyse/');
    // (fragments, /stap/1/ … /stap/5/ and /hoe/: reader.test.ts)
  });

  it('every heading has a visible link to itself', async () => {
    await page.goto(`${origin}/waarom/huisvesting/`);
    const link = page.locator('h2#waar-kan-een-gemeente-op-inzetten + a.heading-link');
    expect(await link.getAttribute('href')).toBe('#waar-kan-een-gemeente-op-inzetten');
    expect(await link.getAttribute('aria-label')).toBe('Link naar het kopje ‘Waar kan een gemeente op inzetten?’');
  });

  it('clicking a heading link copies the deep link and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const p = await context.newPage();
    await p.goto(`${origin}/waarom/huisvesting/`);
    await p.locator('h2#waar-kan-een-gemeente-op-inzetten + a.heading-link').click();
    await p.locator('#kopieer-status').filter({ hasText: 'Link gekopieerd' }).waitFor();
    expect(await p.evaluate('navigator.clipboard.readText()')).toBe(`${origin}/waarom/huisvesting/#waar-kan-een-gemeente-op-inzetten`);
    expect(p.url()).toMatch(/#waar-kan-een-gemeente-op-inzetten$/);
    await context.close();
  });

  it('the mobile menu opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const mobile = await context.newPage();
    await mobile.goto(`${origin}/waarom/huisvesting/`);
    const link = mobile.getByRole('navigation', { name: 'Handreiking' }).getByRole('link', { name: /Kinderopvang$/ });
    expect(await link.isVisible()).toBe(false);
    await mobile.getByText('Menu', { exact: true }).click();
    expect(await link.isVisible()).toBe(true);
    expect(await mobile.locator('[aria-current="page"]').first().textContent()).toContain('Efficiënter benutten huisvesting');
    await context.close();
  });
});
