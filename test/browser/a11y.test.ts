import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { builtPages } from '../support/dist';
import { axeSource, runAxe } from '../support/axe';

const origin = inject('origin');
const desktop = { width: 1280, height: 900 };
// 320 CSS px is WCAG 1.4.10's reflow width: a 1280 px window zoomed to 400 %, and the narrowest phones.
const narrow = { width: 320, height: 640 };

/**
 * Every page, except that of the per-page change histories (/wijzigingen/<pad>/, one template,
 * about thirty pages) only those with differences and the first without are loaded.
 */
function pagesToCheck() {
  const history = (p: { path: string }) => /^\/wijzigingen\/.+/.test(p.path);
  const unchanged = builtPages().filter((p) => history(p) && !p.html.includes('<del>'));
  return builtPages().filter((p) => !history(p) || p.html.includes('<del>') || p === unchanged[0]);
}

describe('every page: axe-core finds nothing at 1280 and 320 px, and nothing scrolls sideways at 320 px', () => {
  let browser: Browser;
  const problems: string[] = [];
  const wide: string[] = [];
  let checked = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    // axe is injected as an inline script, which the site's own CSP rightly forbids.
    const context = await browser.newContext({ viewport: desktop, bypassCSP: true });
    await context.addInitScript({ content: axeSource });
    const queue = pagesToCheck().map((p) => p.path);
    const report = (path: string, width: number, violations: Awaited<ReturnType<typeof runAxe>>) => {
      for (const v of violations) {
        problems.push(`${path} @${width}px: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    };
    // Each page is loaded once and checked as a reader sees it on a desktop, then narrowed to 320 px
    // as a reader zooming in does (1.4.10 is about exactly that). Three tabs: one loads while two run axe.
    await Promise.all(
      [0, 1, 2].map(async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path; path = queue.shift()) {
          await page.setViewportSize(desktop);
          await page.goto(origin + path);
          report(path, desktop.width, await runAxe(page));
          await page.setViewportSize(narrow);
          const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
          if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
          report(path, narrow.width, await runAxe(page));
          checked++;
        }
      }),
    );
    await context.close();
  }, 300_000);
  afterAll(async () => browser?.close());

  it('checked every page of the build', () => {
    expect(checked).toBe(pagesToCheck().length);
    expect(checked).toBeGreaterThan(100);
  });

  it('axe-core (WCAG 2.0, 2.1, 2.2 A and AA) finds no violation at either width', () => {
    expect(problems).toEqual([]);
  });

  it('no page scrolls sideways at 320 px (WCAG 1.4.10)', () => {
    expect(wide).toEqual([]);
  });
});
