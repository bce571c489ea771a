import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../support/build';

/*
 * The site's addresses come from settings only (src/config/site.mjs). The suite's main build runs
 * as configured in this environment (usually nothing); here the small fixture content is built
 * once with SITE_URL and REPOSITORY_URL set (test values, never published) to see that they
 * then do reach canonical, OpenGraph, sitemap, robots.txt and the edit links.
 */

const root = join(import.meta.dirname, '..', '..');
const SITE = 'https://kennisbank.voorbeeld.test';
const REPO = 'https://github.com/voorbeeld-organisatie/kennisbank';

let work: string;
let out: string;
let log = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kennisbank-addresses-'));
  out = join(work, 'dist');
  const result = await buildContent(join(root, 'test', 'fixtures', 'content-minimal'), work, {
    SITE_URL: `${SITE}/`,
    REPOSITORY_URL: REPO,
    REPOSITORY_BRANCH: 'main',
  });
  log = result.output;
  if (result.status !== 0) throw new Error(`build met SITE_URL/REPOSITORY_URL mislukt:\n${log}`);
});
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));

describe('configured addresses (SITE_URL, REPOSITORY_URL)', () => {
  it('the build does not warn about missing addresses', () => {
    expect(log).not.toMatch(/is niet ingesteld/);
  });

  it('canonical and OpenGraph URLs use SITE_URL (trailing slash of the setting ignored)', () => {
    const head = page('waarom/een').querySelector('head')!;
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/waarom/een/`);
    expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(`${SITE}/waarom/een/`);
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}/og.png`);
  });

  it('the sitemap lists pages at SITE_URL and robots.txt points to it', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}/waarom/een/</loc>`);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('"Bewerk deze pagina" opens the page\'s own file in REPOSITORY_URL', () => {
    const edit = page('waarom/een').querySelectorAll('footer a').find((a) => a.text.trim() === 'Bewerk deze pagina');
    expect(edit?.getAttribute('href')).toMatch(new RegExp(`^${REPO}/edit/main/.*themes/een\\.mdx$`));
  });

  it('the CMS is configured for that GitHub repository', () => {
    const config = readFileSync(join(out, 'admin', 'config.yml'), 'utf8');
    expect(config).toMatch(/repo: voorbeeld-organisatie\/kennisbank/);
    expect(existsSync(join(out, 'admin', 'sveltia-cms.js'))).toBe(true);
  });
});
