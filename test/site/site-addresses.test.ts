import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The site's addresses come from settings only (src/config/site.mjs). The suite's main build runs
 * as configured in this environment (usually nothing); here the small fixture content is built
 * once with SITE_URL and REPOSITORY_URL set (test values, never published) to see that they
 * then do reach canonical, OpenGraph, sitemap, robots.txt and the edit links.
 */

const root = join(import.meta.dirname, '..', '..');
const SITE = 'https://kennisbank.voorbeeld.test';
const REPO = 'https://github.com/voorbeeld-organisatie/kennisbank';
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'test']);

let work: string;
let out: string;
let log = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kennisbank-addresses-'));
  const project = join(work, 'project');
  mkdirSync(project);
  // A private project copy: Astro keeps build state in <root>/.astro/ (see broken-content.test.ts).
  for (const name of readdirSync(root)) if (!NOT_COPIED.has(name)) cpSync(join(root, name), join(project, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  out = join(work, 'dist');
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: project,
      env: {
        ...process.env,
        GUIDE_CONTENT_DIR: join(root, 'test', 'fixtures', 'content-minimal'),
        GUIDE_OUT_DIR: out,
        GUIDE_CACHE_DIR: join(work, 'cache'),
        SITE_URL: `${SITE}/`,
        REPOSITORY_URL: REPO,
        REPOSITORY_BRANCH: 'main',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`build met SITE_URL/REPOSITORY_URL mislukt:\n${log}`);
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
