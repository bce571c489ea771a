import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, writeAdmin } from '../../src/integrations/cms';
import { launchChromium } from '../support/browser';
import { distDir } from '../support/dist';
import { startNginx, type RunningNginx } from '../support/nginx';

/*
 * /admin/ (Sveltia CMS from the npm package) served by deploy/nginx.conf under its own CSP.
 * The default build has no repository configured, so /admin/ says so; a second folder gets the
 * CMS written for a GitHub repository (test input, never published), as the pipeline builds it.
 */

const TEST_REPOSITORY = 'https://github.com/voorbeeld-organisatie/kennisbank';

let browser: Browser;
let defaultSite: RunningNginx;
let configured: RunningNginx;
let configuredDir: string;

beforeAll(async () => {
  configuredDir = mkdtempSync(join(tmpdir(), 'kennisbank-cms-'));
  mkdirSync(join(configuredDir, '_nginx'));
  cpSync(join(distDir, '_nginx', 'site-headers.conf'), join(configuredDir, '_nginx', 'site-headers.conf'));
  // deploy/nginx.conf includes the editions' headers too (src/integrations/editions/).
  cpSync(join(distDir, '_nginx', 'edition-headers.conf'), join(configuredDir, '_nginx', 'edition-headers.conf'));
  cpSync(join(distDir, '404.html'), join(configuredDir, '404.html'));
  writeAdmin(configuredDir, TEST_REPOSITORY, 'main');
  [defaultSite, configured] = await Promise.all([startNginx(distDir), startNginx(configuredDir)]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([defaultSite?.stop(), configured?.stop()]);
  rmSync(configuredDir, { recursive: true, force: true });
});

/** Open a page and collect script errors, console errors, CSP violations and requests elsewhere. */
async function openWatched(url: string) {
  const page = await browser.newPage({ locale: 'en-US' });
  const problems: string[] = [];
  const foreign: string[] = [];
  const { origin } = new URL(url);
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    // GitHub's status feed (allowed by the CMS policy) is answered here: this machine has no internet.
    if (target === 'https://www.githubstatus.com/api/v2/status.json') {
      return route.fulfill({ json: { status: { indicator: 'none', description: 'All Systems Operational' } } });
    }
    foreign.push(target);
    return route.abort();
  });
  const response = await page.goto(url);
  return { page, response: response!, problems, foreign };
}

describe('CMS at /admin/', () => {
  it('default build (no REPOSITORY_URL): /admin/ says the CMS is not set up, invents no repository', async () => {
    const { page, response, problems, foreign } = await openWatched(`${defaultSite.origin}/admin/`);
    expect(response.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/niet ingesteld/);
    expect(await page.locator('script').count()).toBe(0);
    expect(response.headers()['x-robots-tag']).toBe('noindex');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  describe('with a GitHub repository configured', () => {
    let watched: Awaited<ReturnType<typeof openWatched>>;
    let page: Page;
    beforeAll(async () => {
      watched = await openWatched(`${configured.origin}/admin/`);
      page = watched.page;
      await page.getByRole('button', { name: 'Werken met een lokale repository' }).waitFor({ timeout: 30_000 });
    });
    afterAll(() => page?.close());

    it('loads under its own header CSP, not the site\'s', () => {
      const csp = watched.response.headers()['content-security-policy'];
      expect(csp).toBe(`${adminContentSecurityPolicy}; frame-ancestors 'none'`);
      expect(csp).toMatch(/connect-src [^;]*https:\/\/api\.github\.com/);
      expect(watched.response.headers()['x-content-type-options']).toBe('nosniff');
    });

    it('shows a Dutch interface (in an English browser) with local-repository mode and token sign-in', async () => {
      expect(await page.getByRole('button', { name: 'Inloggen met een toegangstoken' }).count()).toBe(1);
      expect(await page.title()).toMatch(/Redactie/);
    });

    it('has no script errors, CSP violations or requests to CDNs (translations, fonts and update check come from /admin/)', async () => {
      expect(watched.problems).toEqual([]);
      expect(watched.foreign).toEqual([]);
      const script = readFileSync(join(configuredDir, 'admin', 'sveltia-cms.js'), 'utf8');
      expect(script).not.toMatch(/unpkg\.com\/@sveltia\/cms@[^`]*\/locales|cdn\.jsdelivr\.net\/fontsource/);
    });
  });
});
