import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

/** The "Hoe?" figure as drawn: each gear's outline and label, each activity's box. */
const figure = async (page: Page) =>
  (await page.evaluate(`(() => {
    const box = (el) => el.getBoundingClientRect().toJSON();
    return {
      gears: [...document.querySelectorAll('.hoe-figure .gear-link')].map((a) => ({ step: a.dataset.step, gear: box(a.querySelector('.gear')), text: box(a.querySelector('text')) })),
      activities: [...document.querySelectorAll('.hoe-figure .activity-box')].map(box),
    };
  })()`)) as { gears: { step: string; gear: Box; text: Box }[]; activities: Box[] };

/**
 * The guide's figure: the starting gear in the middle, four gears around it (one in each
 * corner, in the guide's order clockwise from the top left), meshing only at their teeth
 * (the root circles do not overlap: the tooth is 13 of the 77–87 units of radius), every label
 * inside its gear, and the five activities of the circle clear of the gears' labels and of each other.
 */
function expectGearFigure({ gears, activities }: Awaited<ReturnType<typeof figure>>) {
  expect(gears.map((g) => g.step)).toEqual(['startpunt', 'analyse', 'ambitie-en-rol', 'visie', 'uitvoering']);
  expect(gears).toHaveLength(5);
  const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
  const [middle, ...around] = gears.map((g) => ({ ...centre(g.gear), r: g.gear.width / 2 }));
  const corners = around.map((g) => [Math.sign(g.x - middle.x), Math.sign(g.y - middle.y)]);
  expect(corners).toEqual([[-1, -1], [1, -1], [1, 1], [-1, 1]]);
  for (const g of gears) expect(inside(g.text, g.gear), `label of ${g.step} inside its gear`).toBe(true);
  const all = [middle, ...around];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const distance = Math.hypot(all[i].x - all[j].x, all[i].y - all[j].y);
      const roots = (all[i].r * (i === 0 ? 74 : 64)) / (i === 0 ? 87 : 77) + (all[j].r * 64) / 77;
      expect(distance, `gears ${gears[i].step} and ${gears[j].step} overlap`).toBeGreaterThan(roots);
    }
  }
  expect(activities).toHaveLength(5);
  for (const [i, a] of activities.entries()) {
    for (const g of gears) expect(overlaps(a, g.text), `activity ${i + 1} over the label of ${g.step}`).toBe(false);
    for (const b of activities.slice(i + 1)) expect(overlaps(a, b), `activities ${i + 1} overlap`).toBe(false);
  }
}

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
      // What the picture must show: the page's title in view, nothing wider than the screen, and
      // the title clear of the header above it.
      const layout = (await page.evaluate(`(() => {
        const box = (el) => el && el.getBoundingClientRect().toJSON();
        return { width: innerWidth, height: innerHeight, scrollWidth: document.documentElement.scrollWidth,
          h1: box(document.querySelector('main h1, h1')), header: box(document.querySelector('body > header, header')) };
      })()`)) as { width: number; height: number; scrollWidth: number; h1: Box; header: Box };
      expect(layout.scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(layout.width);
      expect(layout.h1.left).toBeGreaterThanOrEqual(0);
      expect(layout.h1.right).toBeLessThanOrEqual(layout.width);
      expect(layout.h1.top, 'the title shows without scrolling').toBeLessThan(layout.height);
      expect(overlaps(layout.h1, layout.header), 'title under the header').toBe(false);
      // The figure is drawn from 48rem on; narrower screens list the steps instead.
      if (shot.name === 'home-desktop') expectGearFigure(await figure(page));
      expect(statSync(file).size).toBeGreaterThan(20_000);
      await page.close();
    });
  }
});
