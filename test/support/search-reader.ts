// Search as a reader does it: type a query into /zoeken/, wait for the announced result, read
// the result list. Shared by the browser test (assertions) and `npm run bench` (figures), so it
// imports no project code and uses only erasable TypeScript (Node runs it without a build step).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';

export interface SuiteQuery {
  query: string;
  /** Path of the expected page, or 'none' when the guide has nothing on it. */
  expect: string;
  rank?: 'first' | 'top3';
  wie?: string;
  /** A second path that must be among the first five. */
  ook?: string;
}

export interface ReaderResult {
  url: string;
  path: string;
  title: string;
  /** The excerpt text as shown (marks included as plain text). */
  excerpt: string;
  /** The words the page marks in the excerpt. */
  marked: string[];
  /** The sections listed under the result ("In deze pagina"), with the text each shows. */
  subs: { url: string; title: string; excerpt: string }[];
}

export interface ReaderSearch {
  status: string;
  results: ReaderResult[];
  ms: number;
}

export const suiteFile = join(import.meta.dirname, '..', 'search', 'queries.yaml');

export function readSuite(file = suiteFile): SuiteQuery[] {
  const list = parseYaml(readFileSync(file, 'utf8')) as SuiteQuery[];
  return list.map((q) => ({ ...q, query: String(q.query), expect: String(q.expect) }));
}

const pathOf = (url: string) => new URL(url, 'http://x').pathname;

/**
 * Type the query into the search box and wait until the page has finished answering: the
 * search root says data-zoekstatus="klaar" for this query (the old page: the status line
 * names the query). Returns the first `n` results as the reader sees them.
 * `enter`: the reader presses Enter after typing, so the page does not wait for typing to pause.
 */
export async function searchAsReader(page: Page, query: string, n = 10, { enter = false } = {}): Promise<ReaderSearch> {
  const box = page.locator('#zoekterm');
  const start = Date.now();
  await box.fill(query);
  if (enter) await box.press('Enter');
  const done = `(() => {
    const root = document.getElementById('zoeken');
    const q = ${JSON.stringify(query)};
    if (root && root.dataset.zoekstatus !== undefined) return root.dataset.zoekstatus === 'klaar' && root.dataset.zoekvraag === q;
    const status = document.getElementById('zoekstatus')?.textContent ?? '';
    return status.includes('“' + q.trim() + '”');
  })()`;
  // Poll with evaluate: waitForFunction compiles its string in the page, which the site's CSP forbids.
  while (!(await page.evaluate(done))) {
    if (Date.now() - start > 15_000) throw new Error(`Zoeken naar "${query}" gaf na 15 s geen antwoord`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const ms = Date.now() - start;
  const data = (await page.evaluate(`(() => {
    const items = [...document.querySelectorAll('#zoekresultaten > li')].slice(0, ${n});
    return {
      status: document.getElementById('zoekstatus')?.textContent ?? '',
      results: items.map((li) => {
        const a = li.querySelector('h2 a, h3 a');
        const ex = li.querySelector('.zoekresultaat-uittreksel') ?? li.querySelector('p:not(:first-child)');
        return {
          url: a?.getAttribute('href') ?? '',
          title: a?.textContent?.trim() ?? '',
          excerpt: ex?.textContent ?? '',
          marked: [...(ex?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
          subs: [...li.querySelectorAll('.subresultaten > li')].map((sub) => ({
            url: sub.querySelector('a')?.getAttribute('href') ?? '',
            title: sub.querySelector('a')?.textContent?.trim() ?? '',
            excerpt: sub.querySelector('p')?.textContent ?? '',
          })),
        };
      }),
    };
  })()`)) as { status: string; results: Omit<ReaderResult, 'path'>[] };
  return { status: data.status, ms, results: data.results.map((r) => ({ ...r, path: pathOf(r.url) })) };
}

/** 1-based rank of the expected page, or 0 when it is not in the list. */
export const rankOf = (s: ReaderSearch, expected: string) => s.results.findIndex((r) => r.path === expected) + 1;

/** Does the query pass its expectation in the suite? */
export function passes(q: SuiteQuery, s: ReaderSearch): boolean {
  if (q.expect === 'none') return s.results.length === 0;
  const rank = rankOf(s, q.expect);
  return rank > 0 && rank <= (q.rank === 'first' ? 1 : 3);
}

/** Top-1, top-3 and mean reciprocal rank over the queries that expect a page. */
export function suiteScores(rows: { q: SuiteQuery; s: ReaderSearch }[]) {
  const withPage = rows.filter((r) => r.q.expect !== 'none');
  const ranks = withPage.map((r) => rankOf(r.s, r.q.expect));
  const none = rows.filter((r) => r.q.expect === 'none');
  return {
    queries: rows.length,
    top1: ranks.filter((r) => r === 1).length / withPage.length,
    top3: ranks.filter((r) => r >= 1 && r <= 3).length / withPage.length,
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / withPage.length,
    honestEmpty: none.filter((r) => r.s.results.length === 0).length / (none.length || 1),
    passed: rows.filter((r) => passes(r.q, r.s)).length,
  };
}

/**
 * A run of `n` words that a sub-result shows again from the result's own excerpt (or from an
 * earlier sub-result), or undefined. Soft hyphens do not count as a difference.
 */
export function repeatedRun(result: ReaderResult, n = 8): string | undefined {
  const runs = (text: string) => {
    const w = words(text.replace(/\u00ad/g, ''));
    return w.length < n ? [w.join(' ')].filter(Boolean) : w.slice(0, w.length - n + 1).map((_, i) => w.slice(i, i + n).join(' '));
  };
  const shown = new Set(runs(result.excerpt));
  for (const sub of result.subs) {
    const own = runs(sub.excerpt);
    const again = own.find((r) => shown.has(r));
    if (again) return again;
    for (const r of own) shown.add(r);
  }
  return undefined;
}

export const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * The words a reader can see on a page: its rendered innerText (hidden elements and attributes
 * do not count). Cached per path for one browser.
 */
export function visibleWords(browser: Browser, origin: string) {
  const cache = new Map<string, Set<string>>();
  let reader: Promise<Page> | undefined;
  return async (path: string) => {
    if (!cache.has(path)) {
      const p = await (reader ??= browser.newPage());
      await p.goto(origin + path, { waitUntil: 'domcontentloaded' });
      cache.set(path, new Set(words((await p.evaluate('document.body.innerText')) as string)));
    }
    return cache.get(path)!;
  };
}

/** Words of an excerpt that the reader cannot see on the result's page. */
export async function invisibleExcerptWords(result: ReaderResult, seen: (path: string) => Promise<Set<string>>) {
  const visible = await seen(result.path);
  return words(result.excerpt).filter((w) => !visible.has(w));
}
