import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';

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
    const titles = await page.locator('section.print-part > h2').allTextContents();
    expect(titles[0]).toBe('Vooraf');
    expect(titles.at(-1)).toBe('Colofon');
    expect(titles.length).toBe(5 + 8 + 6);
    expect(await page.locator('section.footnotes li').count()).toBeGreaterThanOrEqual(30);
    await page.close();
  });
});
