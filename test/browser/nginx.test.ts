import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { builtPages, distDir } from '../support/dist';
import { startNginx, type RunningNginx } from '../support/nginx';

/*
 * deploy/nginx.conf as a self-hosting organisation would use it: Debian's nginx serves the real
 * dist/ on 127.0.0.1, and we check what a browser receives (headers, caching, redirects, the 404
 * page) and that search works in Chromium under the header CSP.
 */

let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(distDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const get = (path: string) => fetch(`${nginx.origin}${path}`, { redirect: 'manual' });
const directives = (policy: string | null | undefined) =>
  new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
const maxAge = (cacheControl: string | null) => Number(/max-age=(\d+)/.exec(cacheControl ?? '')?.[1] ?? NaN);
const firstFile = (dir: string) => readdirSync(join(distDir, dir)).find((n) => !n.endsWith('.map'))!;

describe('nginx (deploy/nginx.conf) serving dist/', () => {
  it('the configuration passes nginx -t', () => {
    expect(nginx.configTest).toMatch(/syntax is ok/);
    expect(nginx.configTest).toMatch(/test is successful/);
  });

  it('HTML pages carry the CSP (with frame-ancestors and the page\'s script hashes) and the security headers', async () => {
    const page = builtPages().find((p) => p.path === '/waarom/huisvesting/')!;
    const res = await get(page.path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const header = directives(res.headers.get('content-security-policy'));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    // The header allows at least what the page's own <meta> policy allows for scripts.
    const meta = directives(page.root.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'));
    expect(meta.get('script-src')!.every((source) => header.get('script-src')!.includes(source))).toBe(true);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(res.headers.get('server')).toBe('nginx');
  });

  it('hashed assets are cached for a year and immutable; HTML and Pagefind\'s entry files only briefly', async () => {
    const immutable = [`/_astro/${firstFile('_astro')}`, `/pagefind/fragment/${firstFile('pagefind/fragment')}`, `/pagefind/index/${firstFile('pagefind/index')}`];
    immutable.push(`/pagefind/${readdirSync(join(distDir, 'pagefind')).find((n) => n.endsWith('.pf_meta'))}`);
    for (const path of immutable) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toMatch(/immutable/);
      expect(maxAge(res.headers.get('cache-control')), path).toBeGreaterThanOrEqual(31_536_000);
      expect(res.headers.get('content-security-policy'), path).toBeTruthy();
    }
    for (const path of ['/', '/waarom/huisvesting/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.nl.pagefind']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).not.toMatch(/immutable/);
      expect(maxAge(res.headers.get('cache-control')), path).toBeLessThanOrEqual(600);
    }
  });

  it('serves the right types: CSS, JavaScript, JSON, and application/wasm for WebAssembly', async () => {
    const css = builtPages()[0].root.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    expect((await get(css)).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect((await get('/pagefind/pagefind-entry.json')).headers.get('content-type')).toMatch(/^application\/json/);
    expect(readFileSync('/etc/nginx/mime.types', 'utf8')).toMatch(/application\/wasm\s+wasm;/);
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8')).toMatch(/types \{ application\/wasm wasm; \}/);
  });

  it('adds the trailing slash with a relative 301: /thema/3 → /thema/3/, /waarom → /waarom/', async () => {
    for (const [from, to] of [['/thema/3', '/thema/3/'], ['/waarom', '/waarom/'], ['/waarom/huisvesting', '/waarom/huisvesting/']]) {
      const res = await get(from);
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
    }
    expect((await get('/thema/3/')).status).toBe(200);
  });

  it('unknown addresses get the site\'s own 404 page with status 404 and the same headers', async () => {
    const own404 = readFileSync(join(distDir, '404.html'), 'utf8');
    for (const path of ['/bestaat-niet/', '/waarom/thema-negen/', '/bestaat-niet.pdf']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(own404);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('does not serve the header files meant for the servers', async () => {
    expect((await get('/_nginx/site-headers.conf')).status).toBe(404);
    expect((await get('/_headers')).status).toBe(404);
  });

  it('search works in Chromium under the header CSP, without violations or console errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const response = await page.goto(`${nginx.origin}/zoeken/?q=onderwijshuisvesting`);
    expect(response!.headers()['content-security-policy']).toMatch(/frame-ancestors/);
    await page.locator('#zoekresultaten > li').first().waitFor();
    const links = page.locator('#zoekresultaten > li h2 a');
    const top3 = await Promise.all([0, 1, 2].map((i) => links.nth(i).getAttribute('href')));
    expect(top3.some((href) => href?.startsWith('/waarom/huisvesting/'))).toBe(true);
    await page.locator('#zoekresultaten > li h2 a').first().click();
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the site cannot be framed by another origin (frame-ancestors)', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) blocked.push(m.text());
    });
    await page.setContent(`<iframe src="${nginx.origin}/"></iframe>`);
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    await page.close();
  });
});
