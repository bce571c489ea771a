import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { builtPages } from '../support/dist';
import { axeSource, runAxe } from '../support/axe';

const origin = inject('origin');
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobiel', width: 375, height: 740 },
];

describe('accessibility: axe-core finds nothing on any page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  for (const viewport of viewports) {
    it(`every page at ${viewport.name} width (${viewport.width}px)`, async () => {
      // axe is injected as an inline script, which the site's own CSP rightly forbids.
      const context = await browser.newContext({ viewport, bypassCSP: true });
      await context.addInitScript({ content: axeSource });
      const paths = builtPages().map((p) => p.path);
      const problems: string[] = [];
      // Three tabs at a time: one loads while two run axe (the machine has two cores).
      const queue = [...paths];
      await Promise.all(
        [0, 1, 2].map(async () => {
          const page = await context.newPage();
          for (let path = queue.shift(); path; path = queue.shift()) {
            await page.goto(origin + path);
            for (const v of await runAxe(page)) {
              problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
            }
          }
        }),
      );
      await context.close();
      expect(paths.length).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
