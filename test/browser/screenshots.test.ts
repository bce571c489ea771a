import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';

const origin = inject('origin');
// Written on every run (not committed): open them to see what readers see.
const outDir = join(import.meta.dirname, '..', 'output', 'screenshots');

const desktop = { width: 1280, height: 900 };
const mobile = { width: 375, height: 740 };
const pages = [
  { name: 'home', path: '/' },
  { name: 'thema', path: '/waarom/kansengelijkheid/' },
  { name: 'stap', path: '/hoe/analyse/' },
  { name: 'zoeken', path: '/zoeken/?q=huisvesting' },
  { name: 'hele-handreiking', path: '/hele-handreiking/' },
];
const shots = pages.flatMap((p) => [
  { ...p, name: `${p.name}-desktop`, viewport: desktop },
  { ...p, name: `${p.name}-mobiel`, viewport: mobile },
]);

describe('screenshots for review', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => browser?.close());

  for (const shot of shots) {
    it(`${shot.name}: ${shot.path} at ${shot.viewport.width}px`, async () => {
      const page = await browser.newPage({ viewport: shot.viewport });
      await page.goto(origin + shot.path);
      if (shot.path.startsWith('/zoeken/')) await page.locator('#zoekresultaten > li').first().waitFor();
      const file = join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: shot.name.startsWith('home') });
      // Without layout shift: fonts and images have settled, and nothing moved while loading.
      const shift = await page.evaluate(
        `document.fonts.ready.then(() => new Promise((done) => {
          let total = 0;
          new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => done(total)));
        }))`,
      );
      expect(shift).toBeLessThan(0.01);
      expect(statSync(file).size).toBeGreaterThan(20_000);
      await page.close();
    });
  }
});
