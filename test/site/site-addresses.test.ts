import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/postbuild/html-files';
import { startNginx } from '../support/nginx';

/*
 * The site's addresses come from settings only (src/config/site.mjs). The suite's main build runs
 * as configured in this environment (usually nothing); here the small fixture content is built
 * once with SITE_URL and REPOSITORY_URL set (test values, never published) to see that they
 * then do reach canonical, OpenGraph, sitemap, robots.txt and the edit links. The address is a
 * GitHub project page, so the whole site lives under a sub-path: no link may reach the domain root.
 */

const root = join(import.meta.dirname, '..', '..');
// A GitHub project page: the site lives under a sub-path.
const SITE = 'https://voorbeeld-organisatie.github.io/kennisbank';
const BASE = '/kennisbank/';
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
        SITE_BASE: '',
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

/** Every root-relative address in a page: attributes, the redirect's meta refresh, inline script strings. */
function rootRelativeAddresses(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:href|src|action|content|poster)="(\/[^"]*)"/g)].map((m) => m[1]);
  const srcsets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1].split(',').map((c) => c.trim().split(/\s+/)[0]));
  const refresh = [...html.matchAll(/url=(\/[^"';]*)/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => [...m[1].matchAll(/['"`](\/[a-z_][^'"`]*)/g)].map((s) => s[1]));
  return [...attributes, ...srcsets.filter((u) => u.startsWith('/')), ...refresh, ...scripts];
}

describe(`a site under a sub-path (SITE_URL ${SITE}/)`, () => {
  it('no page links, loads or redirects to the root of the domain', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(20);
    const outside = files.flatMap((file) =>
      rootRelativeAddresses(readFileSync(file, 'utf8'))
        .filter((address) => !address.startsWith(BASE))
        .map((address) => `${file.slice(out.length)}: ${address}`),
    );
    expect(outside).toEqual([]);
    // The checks above must see the addresses they judge.
    const theme = readFileSync(join(out, 'waarom', 'een', 'index.html'), 'utf8');
    expect(rootRelativeAddresses(theme)).toEqual(expect.arrayContaining([`${BASE}waarom/twee/`, `${BASE}zoeken/`]));
  });

  it('stylesheets load nothing from the root of the domain', () => {
    const css = readdirSync(join(out, '_astro')).filter((n) => n.endsWith('.css'));
    const urls = css.flatMap((n) => [...readFileSync(join(out, '_astro', n), 'utf8').matchAll(/url\(["']?(\/[^)"']*)/g)].map((m) => m[1]));
    expect(urls.filter((u) => !u.startsWith(`${BASE}_astro/`))).toEqual([]);
  });

  it('the CMS loads its script, translations and fonts from below the sub-path', () => {
    const admin = readFileSync(join(out, 'admin', 'index.html'), 'utf8');
    expect(admin).toContain(`src="${BASE}admin/sveltia-cms.js"`);
    const script = readFileSync(join(out, 'admin', 'sveltia-cms.js'), 'utf8');
    expect(script).toContain(`\`${BASE}admin/locales\``);
    // The CDN addresses it rewrote (src/integrations/cms.ts) point below the sub-path too.
    expect(/[`'"]\/admin\/(locales|package\.json|fonts\/)/.test(script)).toBe(false);
    expect(script).toContain(`${BASE}admin/fonts/`);
    expect(readFileSync(join(out, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}\\*$[\\s\\S]*^${BASE}admin/\\*$`, 'm'));
  });

  it('deploy/nginx.conf, set up for the sub-path as its header says, serves pages, assets, redirects and the 404 page', async () => {
    const web = join(work, 'web');
    mkdirSync(web);
    symlinkSync(out, join(web, BASE.slice(1, -1)), 'dir');
    const nginx = await startNginx(web, BASE);
    try {
      const get = (path: string) => fetch(`${nginx.origin}${path}`, { redirect: 'manual' });
      expect((await get(`${BASE}waarom/een/`)).status).toBe(200);
      const home = await get(BASE);
      expect(home.status).toBe(200);
      const css = (await home.text()).match(/href="([^"]+\.css)"/)![1];
      const asset = await get(css);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      const slash = await get(`${BASE}waarom/een`);
      expect(slash.status).toBe(301);
      expect(slash.headers.get('location')).toBe(`${BASE}waarom/een/`);
      const missing = await get(`${BASE}bestaat-niet/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(readFileSync(join(out, '404.html'), 'utf8'));
      expect((await get(`${BASE}admin/`)).headers.get('content-security-policy')).toMatch(/api\.github\.com/);
      expect((await get(`${BASE}_headers`)).status).toBe(404);
    } finally {
      await nginx.stop();
    }
  });
});
