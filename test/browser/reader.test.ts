import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const origin = inject('origin');
const widths = [320, 375, 1280];
const box = (page: Page, selector: string) =>
  page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width }; })()`) as Promise<{ left: number; right: number; top: number; bottom: number; width: number }>;

describe('reading beyond axe', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  for (const width of widths) {
    it(`footnote popovers at ${width} px: on screen, hoverable, Esc closes them (WCAG 1.4.13)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 740 } });
      await page.goto(`${origin}/waarom/kinderopvang/`);
      const markers = await page.locator('.fn-ref > a').evaluateAll((links) => links.map((a) => a.id));
      expect(markers.length).toBeGreaterThan(0);
      for (const id of markers) {
        const tip = page.locator(`#${id}-tip`);
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.locator(`#${id}`).hover();
        expect(await tip.isVisible(), `${id} opens on hover`).toBe(true);
        const r = await box(page, `#${id}-tip`);
        expect(r.left, `${id} left edge`).toBeGreaterThanOrEqual(0);
        expect(r.right, `${id} right edge`).toBeLessThanOrEqual(width);
        expect(r.top, `${id} top edge`).toBeGreaterThanOrEqual(0);
        // The pointer moves onto the popover: it stays.
        await page.mouse.move(r.left + r.width / 2, r.top + 5, { steps: 5 });
        expect(await tip.isVisible(), `${id} stays while hovered`).toBe(true);
        await page.keyboard.press('Escape');
        expect(await tip.isVisible(), `${id} closes with Esc`).toBe(false);
        await page.mouse.move(0, 0);
      }
      expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
      await page.close();
    });
  }

  it('a popover near the top of the screen opens below its marker, and its link can be followed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/waarom/kinderopvang/`);
    const marker = page.locator('.fn-ref > a[data-footnote="31"]').first();
    await marker.evaluate('(a) => window.scrollBy(0, a.getBoundingClientRect().top - 10)');
    await marker.focus();
    const tip = page.locator('.fn-ref:focus-within .fn-tip');
    expect(await tip.isVisible()).toBe(true);
    const r = await tip.boundingBox();
    expect(r!.y).toBeGreaterThanOrEqual(0);
    await tip.getByRole('link', { name: /hier/ }).click();
    await page.waitForURL('**/bronnen/vanark-2020-reflectiebrief/');
    await page.close();
  });

  it('the return link puts the marker in view with context above it, not at the top edge', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/waarom/kansengelijkheid/#voetnoot-21`);
    await page.locator('#voetnoot-21').getByRole('link', { name: /Terug naar de tekst/ }).click();
    await page.waitForURL(/#fnref-21$/);
    await page.waitForFunction('Math.abs(document.getElementById("fnref-21").getBoundingClientRect().top - innerHeight * 0.35) < 40');
    await page.close();
  });

  it('no single-key shortcut: "/" types a slash or does nothing; Ctrl+K goes to search', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/waarom/huisvesting/`);
    await page.locator('main a').first().focus();
    const before = await page.evaluate('document.activeElement.outerHTML');
    await page.keyboard.press('/');
    expect(await page.evaluate('document.activeElement.outerHTML')).toBe(before);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate('document.activeElement.id')).toBe('site-search');
    expect(await page.getAttribute('#site-search', 'aria-keyshortcuts')).toBe('Control+K Meta+K');
    await page.close();
  });

  it('every heading is named by its text alone; its "#" link is a separate, named link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/waarom/huisvesting/', '/hoe/analyse/', '/aanleiding/']) {
      await page.goto(origin + path);
      const headings = await page.locator('main h2, main h3').evaluateAll((hs) => hs.map((h) => (h.textContent ?? '').replace(/\u00AD/g, '').trim()));
      for (const text of headings) {
        expect(await page.getByRole('heading', { name: text, exact: true }).count(), `${path}: "${text}"`).toBeGreaterThan(0);
      }
    }
    await page.goto(`${origin}/waarom/huisvesting/`);
    const link = page.locator('.heading-wrap > h2 + a.heading-link').first();
    expect(await link.getAttribute('aria-label')).toMatch(/^Link naar het kopje ‘.+’$/);
    await page.close();
  });

  it('the "Link gekopieerd" feedback is fully on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/waarom/huisvesting/`);
    const link = page.locator('a.heading-link[href="#waar-kan-een-gemeente-op-inzetten"]');
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.locator('a.heading-link[data-gekopieerd]').waitFor();
    const bubble = (await page.evaluate(
      `(() => { const a = document.querySelector('a.heading-link[data-gekopieerd]'); const w = a.closest('.heading-wrap').getBoundingClientRect(); return { top: w.bottom, left: w.left }; })()`,
    )) as { top: number; left: number };
    expect(bubble.top).toBeGreaterThan(0);
    expect(bubble.left).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('dashboard labels: at least 14 px at 1280 px; on a phone the steps and activities are a readable list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    const sizes = (await page.evaluate(
      `[...document.querySelectorAll('.gear-text, .activity-text')].map((t) => { const svg = t.ownerSVGElement; return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width; })`,
    )) as number[];
    expect(sizes.length).toBe(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    // The hint promises an explanation for the activities too.
    await page.locator('svg a.activity-link').first().focus();
    expect(await page.locator('.gear-summary:visible').textContent()).toMatch(/^Doen en Communiceren: Samenwerking met netwerkpartners/);
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.locator('.hoe-svg').isVisible()).toBe(false);
    const list = page.getByRole('navigation', { name: 'Hoe? als lijst' });
    expect(await list.getByRole('link').count()).toBe(11);
    const smallest = (await page.evaluate('Math.min(...[...document.querySelectorAll(".hoe-list a, .hoe-list p, .hoe-list span")].map((e) => parseFloat(getComputedStyle(e).fontSize)))')) as number;
    expect(smallest).toBeGreaterThanOrEqual(16);
    await page.close();
  });

  it('landmarks: the peildatum is part of the banner; one search landmark on every page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/', '/waarom/huisvesting/', '/zoeken/']) {
      await page.goto(origin + path);
      expect(await page.locator('header.site-header .peildatum').count()).toBe(1);
      expect(await page.locator('search, [role="search"]').count(), path).toBe(1);
    }
    await page.close();
  });

  it('short URLs keep the #fragment, cover /stap/1/ to /stap/5/ and /hoe/, and speak Dutch', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/thema/4/#waar-kan-een-gemeente-op-inzetten`);
    await page.waitForURL('**/waarom/huisvesting/#waar-kan-een-gemeente-op-inzetten');
    await page.waitForFunction('Math.abs(document.getElementById("waar-kan-een-gemeente-op-inzetten").getBoundingClientRect().top) < 40');
    const steps = ['startpunt', 'analyse', 'ambitie-en-rol', 'visie', 'uitvoering'];
    for (const [i, id] of steps.entries()) {
      await page.goto(`${origin}/stap/${i + 1}/`);
      await page.waitForURL(`**/hoe/${id}/`);
    }
    await page.goto(`${origin}/hoe/`);
    await page.waitForURL('**/aan-de-slag/');
    const stub = await (await fetch(`${origin}/stap/2/`)).text();
    expect(stub).toContain('<html lang="nl">');
    expect(stub).toContain('Deze korte link verwijst naar');
    expect(stub).not.toMatch(/Redirecting/i);
    await page.close();
  });
});
