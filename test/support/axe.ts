import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core itself; a11y.test.ts installs it in every page of a context once (addInitScript). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

const run = (details: boolean) =>
  // Page code is passed as a string: vitest would otherwise transform the function.
  // Without details axe skips building a unique CSS selector for every node it checks, which is
  // a large part of its time on long pages; the selectors are only needed to report a failure.
  `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'], iframes: false${
    details ? '' : ', selectors: false, ancestry: false, xpath: false, elementRef: false'
  } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target ?? [] })) })))`;

/** Run axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page as it is now; a violation is run again to name its elements. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ content: axeSource });
  const found = (await page.evaluate(run(false))) as AxeViolation[];
  return found.length ? ((await page.evaluate(run(true))) as AxeViolation[]) : found;
}
