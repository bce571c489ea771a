import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { readPages } from '../../scripts/pdf-pages.mjs';

const origin = inject('origin');

describe('print', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('hides navigation and search, and prints the address of external links', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/hoe/uitvoering/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.site-nav').isVisible()).toBe(false);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    const after = await page.evaluate(
      `getComputedStyle(document.querySelector('main a[href^="https://www.compasnul13.nl"]'), '::after').content`,
    );
    expect(after).toContain('https://www.compasnul13.nl');
    expect(await page.locator('section.footnotes').isVisible()).toBe(true);
    await page.close();
  });

  it('the whole guide is one page in reading order, with footnotes at the end', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/hele-handreiking/`);
    const titles = await page.locator('section.print-part h2[id$="-titel"]').allTextContents();
    expect(titles[0]).toBe('Vooraf');
    expect(titles.at(-1)).toBe('Colofon');
    expect(titles.length).toBe(5 + 8 + 6);
    expect(await page.locator('section.footnotes li').count()).toBeGreaterThanOrEqual(30);
    await page.close();
  });

  it('the whole guide links to its own parts on the page, and prints the dashboard as a drawing', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/hele-handreiking/`);
    // A link to a part the page holds ("thema 7", a gear of the figure) stays on the page.
    const held = await page.evaluate(`[...document.querySelectorAll('section[data-print-path]')].map((s) => s.dataset.printPath)`);
    const away = await page.evaluate(`[...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')).filter((h) => ${JSON.stringify(held)}.includes(h.split('#')[0]))`);
    expect(away).toEqual([]);
    expect(await page.locator('main a[href^="#deel"]').count()).toBeGreaterThan(40);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-dashboard .theme-tiles > li').count()).toBe(8);
    expect(await page.locator('.print-dashboard svg.hoe-svg').isVisible()).toBe(true);
    expect(await page.locator('.print-dashboard .hoe-list').isVisible()).toBe(false);
    expect(await page.locator('.print-dashboard .gear-summaries').isVisible()).toBe(false);
    await page.close();
  });

  it('printing the home page keeps every theme card on one page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    // Each card by its longer words (two columns of cards interleave in the PDF's text order).
    const words = (text: string) => text.replace(/\u00AD/g, '').toLocaleLowerCase('nl').match(/[\p{L}\d]{5,}/gu) ?? [];
    const cards = await page.locator('.theme-tiles > li').allInnerTexts();
    expect(cards.length).toBe(8);
    const dir = mkdtempSync(join(tmpdir(), 'print-home-'));
    try {
      writeFileSync(join(dir, 'home.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pages = readPages(join(dir, 'home.pdf')).map((p) => new Set(words(p.text)));
      // A card is whole when one page holds all of its words.
      const split = cards.filter((card) => !pages.some((page) => words(card).every((w) => page.has(w))));
      expect(split).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });
});
