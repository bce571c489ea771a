import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgets } from '../budgets';
import { builtPages, distDir } from '../support/dist';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const cssCache = new Map<string, number>();
const cssSize = (href: string) => {
  if (!cssCache.has(href)) cssCache.set(href, gz(readFileSync(join(distDir, href))));
  return cssCache.get(href)!;
};

const measured = builtPages().map((page) => {
  const css = page.root.querySelectorAll('link[rel="stylesheet"]').reduce((sum, l) => sum + cssSize(l.getAttribute('href')!), 0);
  const html = gz(page.html);
  const scripts = page.root.querySelectorAll('script');
  const external = scripts.filter((s) => s.getAttribute('src')).reduce((sum, s) => sum + gz(readFileSync(join(distDir, s.getAttribute('src')!))), 0);
  // JSON-LD is data for reference managers, not JavaScript.
  const inline = scripts.filter((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json').reduce((sum, s) => sum + Buffer.byteLength(s.textContent), 0);
  return { path: page.path, html, css, firstVisit: html + css, external, inline };
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// Content pages: everything a reader reads; the search page is where search code belongs.
const contentPages = measured.filter((m) => m.path !== '/zoeken/');

describe('performance budgets (gzip)', () => {
  it('reports the figures', () => {
    const theme = measured.filter((m) => m.path.startsWith('/waarom/') && m.path !== '/waarom/');
    const largest = [...measured].sort((a, b) => b.firstVisit - a.firstVisit).slice(0, 3);
    console.log(
      `budget: theme page first visit max ${kb(Math.max(...theme.map((m) => m.firstVisit)))} (HTML ${kb(Math.max(...theme.map((m) => m.html)))} + CSS ${kb(theme[0].css)}), ` +
        `eager JS on content pages ${Math.max(...contentPages.map((m) => m.external))} B, ` +
        `inline JS ${Math.min(...contentPages.map((m) => m.inline))} B (bootstrap) to ${Math.max(...contentPages.map((m) => m.inline))} B (/bronnen/ filter count), ` +
        `largest: ${largest.map((m) => `${m.path} ${kb(m.firstVisit)}`).join(', ')}`,
    );
    expect(theme.length).toBe(8);
  });

  it(`theme and step pages: first visit ≤ ${kb(budgets.firstVisitThemePage)}`, () => {
    const over = measured
      .filter((m) => /^\/(waarom|hoe)\/[^/]+\/$/.test(m.path) && m.firstVisit > budgets.firstVisitThemePage)
      .map((m) => `${m.path}: ${kb(m.firstVisit)}`);
    expect(over).toEqual([]);
  });

  it(`every page (but the print page): first visit ≤ ${kb(budgets.firstVisitAnyPage)}`, () => {
    const over = measured
      .filter((m) => !budgets.exempt.includes(m.path) && m.firstVisit > budgets.firstVisitAnyPage)
      .map((m) => `${m.path}: ${kb(m.firstVisit)}`);
    expect(over).toEqual([]);
  });

  it('content pages download no JavaScript up front; the inline bootstrap stays small', () => {
    expect(contentPages.filter((m) => m.external > budgets.eagerExternalJs).map((m) => m.path)).toEqual([]);
    const limit = (path: string) => budgets.interactive[path] ?? budgets.inlineJs;
    expect(contentPages.filter((m) => m.inline > limit(m.path)).map((m) => `${m.path}: ${m.inline} B`)).toEqual([]);
  });

  it('the stylesheet holds no Tailwind utility that no page or script uses', () => {
    // Tailwind makes a utility of every class-like word it finds in the project, code and prose
    // included; each unused one (and its @property fallbacks) is paid for on every first visit.
    const hrefs = new Set(builtPages().flatMap((p) => p.root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!)));
    const used = new Set(builtPages().flatMap((p) => p.root.querySelectorAll('[class]').flatMap((e) => e.getAttribute('class')!.split(/\s+/))));
    // Scripts build markup of their own (the search results).
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(distDir, '_astro', f), 'utf8')).join('\n');
    const unused = [...hrefs].flatMap((href) =>
      utilityClasses(readFileSync(join(distDir, href), 'utf8')).filter((c) => !used.has(c) && !new RegExp(`[\\s"'\`]${RegExp.escape(c)}[\\s"'\`]`).test(scripts)),
    );
    expect(unused, 'utilities no page uses: add them to "@source not inline(…)" in src/styles/global.css').toEqual([]);
  });
});

/** The class names that Tailwind's utilities layer of a stylesheet defines (unescaped: "sm:inline"). */
function utilityClasses(css: string): string[] {
  const start = css.indexOf('@layer utilities{');
  if (start < 0) throw new Error('no "@layer utilities" in the stylesheet: has the Tailwind setup changed?');
  let depth = 0;
  let end = start;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  const layer = css.slice(css.indexOf('{', start) + 1, end);
  // Selectors are the text before a "{" (values sit between ":" and ";" or "}").
  const selectors = [...layer.matchAll(/([^{};]+)\{/g)].map((m) => m[1]).filter((s) => !s.trimStart().startsWith('@'));
  const names = selectors.flatMap((s) => [...s.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\(.)/g, '$1')));
  return [...new Set(names)];
}
