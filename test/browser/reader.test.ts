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
    // The page title stands above the section headings on a phone too.
    const size = (selector: string) => page.evaluate(`parseFloat(getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize)`) as Promise<number>;
    expect(await size('main h1')).toBeGreaterThan((await size('main h2')) * 1.1);
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

  it('wide screens: "Op deze pagina" beside the 42rem text, sticky, the section in view marked; inline on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${origin}/waarom/kinderopvang/`);
    const toc = await box(page, 'nav.toc');
    const text = await box(page, '.entry > .prose');
    expect(text.width).toBeLessThanOrEqual(672);
    expect(toc.left, 'beside the text').toBeGreaterThanOrEqual(text.right);
    expect(toc.right).toBeLessThanOrEqual(1200);
    const third = page.locator('nav.toc a').nth(2);
    const target = String(await third.getAttribute('href'));
    await page.evaluate(`window.scrollTo(0, document.getElementById(${JSON.stringify(target.slice(1))}).getBoundingClientRect().top + scrollY - 100)`);
    // Marked: the last section whose heading has passed the top third of the screen.
    const reading = `[...document.querySelectorAll('nav.toc a')].filter((a) => document.getElementById(a.hash.slice(1)).getBoundingClientRect().top < innerHeight / 3).at(-1).hash`;
    await expect.poll(() => page.locator('nav.toc a[aria-current="true"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash))).toEqual([await page.evaluate(reading)]);
    expect(await page.evaluate(reading)).not.toBe('#' + (await page.locator('nav.toc a').first().getAttribute('href'))!.slice(1));
    const stuck = await box(page, 'nav.toc');
    expect(stuck.top, 'still in view after scrolling').toBeGreaterThanOrEqual(0);
    expect(stuck.top).toBeLessThan(100);
    // The citation box and the prev/next rule keep to the text column.
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const selector of ['section.cite', 'nav.prev-next']) expect((await box(page, selector)).width, selector).toBeLessThanOrEqual(672);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.evaluate('window.scrollTo(0, 0)');
    const inline = await box(page, 'nav.toc');
    expect(inline.bottom, 'before the text').toBeLessThanOrEqual((await box(page, '.entry > .prose')).top);
    await page.close();
  });

  it('a wrapped link in "Op deze pagina" and the backlinks has its bullet on its first line', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 740 } });
    await page.goto(`${origin}/waarom/kinderopvang/`);
    // Dark pixels left of each line of every wrapped link: the bullet is where they are.
    const lines = (await page.evaluate(`[...document.querySelectorAll('nav.toc li > a, .backlinks li > a')].map((a) => [...a.getClientRects()].length > 1 ? a : [...a.getClientRects()].length === 1 && a.getClientRects()[0].height > 40 ? a : null).filter(Boolean).map((a) => {
      const r = document.createRange(); r.selectNodeContents(a); const rects = [...r.getClientRects()]; const li = a.closest('li').getBoundingClientRect();
      return { first: rects[0].top + scrollY, last: rects.at(-1).top + scrollY, height: rects[0].height, left: li.left };
    })`)) as { first: number; last: number; height: number; left: number }[];
    expect(lines.length, 'some links wrap at 320 px').toBeGreaterThan(0);
    const ink = async (x: number, y: number, h: number) => {
      const png = await page.screenshot({ clip: { x: x - 16, y, width: 14, height: h }, fullPage: true });
      return (await page.evaluate(`new Promise((done) => { const img = new Image(); img.onload = () => { const c = document.createElement('canvas'); c.width = img.width; c.height = img.height; const g = c.getContext('2d'); g.drawImage(img, 0, 0); const d = g.getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) n++; done(n); }; img.src = 'data:image/png;base64,${png.toString('base64')}'; })`)) as number;
    };
    for (const line of lines.filter((l) => l.last > l.first)) {
      expect(await ink(line.left, line.first, line.height), 'bullet beside the first line').toBeGreaterThan(0);
      expect(await ink(line.left, line.last, line.height), 'no bullet beside the last line').toBe(0);
    }
    await page.close();
  });

  it('on a phone a tapped footnote marker opens the note in place, without jumping to the list', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${origin}/waarom/kansengelijkheid/`);
    const marker = page.locator('.fn-ref > a').first();
    await marker.scrollIntoViewIfNeeded();
    const before = (await page.evaluate('scrollY')) as number;
    await marker.tap();
    const tip = page.locator('.fn-ref.fn-open .fn-tip');
    await tip.waitFor();
    const sheet = await tip.boundingBox();
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(740);
    expect(await page.evaluate('scrollY')).toBe(before);
    expect(new URL(page.url()).hash).toBe('');
    // A tap elsewhere closes it; the list stays the way to the note without JavaScript.
    await page.locator('main h1').tap();
    expect(await tip.count()).toBe(0);
    expect(await marker.getAttribute('href')).toMatch(/^#voetnoot-\d+$/);
    await context.close();
  });

  it('the sidebar folds the other parts: few Tab stops before the content, each part opens from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/waarom/kinderopvang/`);
    let stops = 0;
    for (; stops < 60; stops++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate('!!document.activeElement.closest("main")')) break;
    }
    // Was 37 with every part's pages listed; now 23 (the reader's part open, 2 stops per other part).
    expect(stops).toBeLessThanOrEqual(24);
    const hoe = page.locator('.site-nav details.nav-part').filter({ has: page.locator('a[href="/hoe/analyse/"]') });
    expect(await hoe.getAttribute('open')).toBeNull();
    await hoe.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await hoe.getAttribute('open')).not.toBeNull();
    expect(await hoe.getByRole('link', { name: '2. Analyse' }).isVisible()).toBe(true);
    // The reader's own part stays open, its page marked.
    expect(await page.locator('.site-nav a[aria-current="page"]').isVisible()).toBe(true);
    await page.close();
  });

  it('overview pages keep reading lines at 60–75 characters at 1280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of ['/achtergrond/', '/citaten/']) {
      await page.goto(origin + path);
      // Characters on the first line of every wrapped paragraph of running text (small print aside).
      const firstLines = (await page.evaluate(`[...document.querySelectorAll('main p')].filter((p) => parseFloat(getComputedStyle(p).fontSize) >= 17).map((p) => {
        const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let top = null, n = 0;
        for (let t; (t = walk.nextNode());) for (let i = 0; i < t.length; i++) {
          const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1); const rect = r.getClientRects()[0];
          if (!rect) continue; top ??= rect.top; if (rect.top > top + 4) return n; n++;
        }
        return 0; }).filter((n) => n > 0)`)) as number[];
      expect(firstLines.length, path).toBeGreaterThan(2);
      expect(Math.max(...firstLines), `${path}: characters on a full line`).toBeLessThanOrEqual(75);
      expect(Math.min(...firstLines), `${path}: characters on a full line`).toBeGreaterThanOrEqual(55);
    }
    await page.close();
  });
});
