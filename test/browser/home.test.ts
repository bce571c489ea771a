import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const origin = inject('origin');

type Box = { x0: number; y0: number; x1: number; y1: number };

describe('home: the dashboard', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
  });
  afterAll(async () => browser?.close());

  it('renders in Dutch with title, skip link and both halves of the dashboard', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // Soft hyphens (build-time hyphenation of long heading words) are not part of the text.
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\u00AD/g, '')).toContain('Lokaal samenwerken aan kindvoorzieningen');
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Waarom?', level: 2 }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Hoe?', level: 2 }).count()).toBe(1);
  });

  it('shows the five gears and five activities as named links', async () => {
    const gears = page.locator('svg a.gear-link');
    expect(await gears.count()).toBe(5);
    const names = await gears.evaluateAll((links) => links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim()));
    expect(names).toEqual(['Stap 1 Startpunt', 'Stap 2 Analyse', 'Stap 3 Ambitie en rol bepalen', 'Stap 4 Visie ontwikkelen', 'Stap 5 Uitvoering organiseren en borgen']);
    expect(await page.locator('svg a.activity-link').count()).toBe(5);
  });

  it('numbers the steps alike on the gears, in the Hoe? list and in the menu, as the step pages do', async () => {
    const list = await page.locator('.hoe-steps a').evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(list).toEqual(['1. Startpunt', '2. Analyse', '3. Ambitie en rol bepalen', '4. Visie ontwikkelen', '5. Uitvoering organiseren en borgen']);
    const menu = await page.locator('.site-nav a.nav-link[href^="/hoe/"]').evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(menu.slice(0, 5)).toEqual(list);
    // The numbering is the guide's reading order, and the page says so.
    expect(await page.locator('.hoe-order').textContent()).toMatch(/volgorde waarin de handreiking ze beschrijft/);
  });

  it('says what a gear does (a link; the summary on pointing or Tab), and not on paper', async () => {
    const hint = page.locator('.gear-default');
    expect(await hint.textContent()).toMatch(/is een link naar de uitleg.*Tab/);
    expect(await hint.textContent()).not.toMatch(/Kies een tandwiel/);
    await page.emulateMedia({ media: 'print' });
    expect(await hint.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a gear\'s one-line summary on keyboard focus', async () => {
    const summary = page.locator('#samenvatting-analyse');
    expect(await summary.isVisible()).toBe(false);
    await page.locator('svg a[data-step="analyse"]').focus();
    expect(await summary.isVisible()).toBe(true);
  });

  it('reaches every gear, activity and theme tile with the Tab key alone', async () => {
    await page.goto(`${origin}/`);
    const wanted = new Set(await page.locator('svg a, .theme-tiles a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')));
    expect(wanted.size).toBe(18);
    const reached = new Set<string>();
    for (let i = 0; i < 120 && reached.size < wanted.size; i++) {
      await page.keyboard.press('Tab');
      const href = (await page.evaluate('document.activeElement && document.activeElement.getAttribute("href")')) as string | null;
      if (href && wanted.has(href)) reached.add(href);
    }
    expect([...wanted].filter((h) => !reached.has(h))).toEqual([]);
  });

  it('follows a gear to its step page', async () => {
    await page.goto(`${origin}/`);
    await page.locator('svg a[data-step="visie"]').click();
    await page.waitForURL('**/hoe/visie/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Visie ontwikkelen');
  });

  it('no activity label covers a gear, and every label fits its box (1280 px)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/`);
    // Gears as the circles of their teeth; boxes and texts as drawn on screen.
    const layout = (await page.evaluate(`(() => {
      const r = (e) => { const b = e.getBoundingClientRect(); return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }; };
      return {
        gears: [...document.querySelectorAll('.hoe-svg path.gear')].map((g) => { const b = r(g); return { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2, radius: (b.x1 - b.x0) / 2 }; }),
        labels: [...document.querySelectorAll('.hoe-svg a.activity-link')].map((a) => ({ name: a.textContent.trim(), box: r(a.querySelector('rect')), text: r(a.querySelector('text')) })),
      };
    })()`)) as { gears: { x: number; y: number; radius: number }[]; labels: { name: string; box: Box; text: Box }[] };
    expect(layout.gears).toHaveLength(5);
    expect(layout.labels).toHaveLength(5);
    const covered = layout.labels.flatMap(({ name, box }) =>
      layout.gears
        .filter((g) => Math.hypot(Math.max(box.x0 - g.x, 0, g.x - box.x1), Math.max(box.y0 - g.y, 0, g.y - box.y1)) < g.radius)
        .map(() => name),
    );
    expect(covered, 'labels over a gear').toEqual([]);
    const overflowing = layout.labels.filter(({ box, text }) => text.x0 < box.x0 || text.x1 > box.x1 || text.y0 < box.y0 || text.y1 > box.y1);
    expect(overflowing.map((l) => l.name)).toEqual([]);
    await page.close();
  });

  it('does not overflow horizontally at 320 px', async () => {
    const small = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await small.goto(`${origin}/`);
    const overflow = await small.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await small.close();
  });
});
