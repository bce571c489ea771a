import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/integrations/postbuild/html-files';
import { buildIn, gitIn, historyRepo, rewrite } from '../support/history-repo';
import { startNginx } from '../support/nginx';

/*
 * Editions and the change history, as an editor makes them: in a private repository, the fixture
 * content is committed and listed as the edition of 1 December 2026; then a theme's wording
 * changes in a later commit. The build must show that change on /wijzigingen/, on the theme's
 * own history and in the feed, and not in the edition. A shallow clone of the same repository
 * builds too, without editions, saying so once.
 */

const SITE = 'https://kennisbank.voorbeeld.test';
const DATUM = '2026-12-01';
const THEME = 'content/themes/een.mdx';
let work: string;
let dist: string;
let shallowDist: string;
let log = '';
let shallowLog = '';
let edition: string;
let change: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kennisbank-edities-'));
  const { repo, commit } = historyRepo(join(work, 'repo'));
  edition = commit('Eerste tekst van de kennisbank', '2026-11-30T10:00:00+01:00');
  writeFileSync(join(repo, 'content', 'edities.yaml'), `- datum: ${DATUM}\n  commit: ${edition}\n  titel: Eerste editie\n  toelichting: De handreiking zoals ze voor het eerst online stond.\n`);
  commit(`Editie van ${DATUM}`, '2026-12-01T09:00:00+01:00');
  rewrite(repo, THEME, 'goed samenwerken. Zie ook', 'nauw en doelgericht samenwerken. Zie ook');
  change = commit('Thema een: samenwerking scherper omschreven\n\nDe redactie maakt duidelijk welke samenwerking bedoeld is.', '2026-12-03T14:00:00+01:00');
  const shallow = join(work, 'ondiep');
  gitIn(work, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
  const shared = { SITE_URL: `${SITE}/`, REPOSITORY_URL: '' };
  const [full, thin] = await Promise.all([
    buildIn(repo, { ...shared, EDITIES_CACHE: join(work, 'cache'), GUIDE_CACHE_DIR: join(work, 'astro') }),
    (() => {
      symlinkSync(join(repo, 'node_modules'), join(shallow, 'node_modules'), 'dir');
      return buildIn(shallow, { ...shared, EDITIES_CACHE: join(work, 'cache-ondiep'), GUIDE_CACHE_DIR: join(work, 'astro-ondiep') });
    })(),
  ]);
  log = full.log;
  shallowLog = thin.log;
  if (full.code !== 0) throw new Error(`build met een editie mislukt:\n${log.slice(-6000)}`);
  if (thin.code !== 0) throw new Error(`build van een ondiepe clone mislukt:\n${shallowLog.slice(-3000)}`);
  dist = join(repo, 'dist');
  shallowDist = join(shallow, 'dist');
});
// EDITIES_TEST_BEWAREN=1 keeps the repository and its builds to look at (the path is printed).
afterAll(() => (process.env.EDITIES_TEST_BEWAREN ? console.log(`bewaard: ${work}`) : work && rmSync(work, { recursive: true, force: true })));

const page = (root: string, path: string) => parse(readFileSync(join(root, path, 'index.html'), 'utf8'));
const text = (root: string, path: string) => page(root, path).querySelector('main')!.text.replace(/\s+/g, ' ');

describe('an edition (content/edities.yaml) is the text of its commit under /editie/<datum>/', () => {
  it('has every page at the same path, with the text as it was then', () => {
    expect(text(dist, `editie/${DATUM}/waarom/een`)).toContain('goed samenwerken');
    expect(text(dist, `editie/${DATUM}/waarom/een`)).not.toContain('doelgericht');
    expect(text(dist, 'waarom/een')).toContain('nauw en doelgericht samenwerken');
    const current = htmlFiles(join(dist, 'waarom')).length;
    expect(htmlFiles(join(dist, 'editie', DATUM, 'waarom')).length).toBe(current);
  });

  it('every page shows the banner, linking to the same page on the current site, and is noindex', () => {
    for (const path of ['', 'waarom/een', 'hoe/analyse', 'colofon']) {
      const edition = page(dist, join('editie', DATUM, path));
      const banner = edition.querySelector('aside[aria-label="Editie"]')!;
      expect(banner.text.replace(/\s+/g, ' ')).toMatch(/U leest de editie van 1 december 2026\. De huidige tekst kan anders zijn: bekijk de huidige versie/);
      expect(banner.querySelector('a')!.getAttribute('href')).toBe(`/${path ? `${path}/` : ''}`);
      expect(edition.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  it('links inside an edition stay inside it', () => {
    const links = page(dist, `editie/${DATUM}/waarom/een`).querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/editie/${DATUM}/waarom/twee/`);
    expect(links.filter((href) => !href.startsWith(`/editie/${DATUM}/`))).toEqual([]);
  });

  it('is not in the sitemap or in the current search index', () => {
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/editie/');
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(5);
    const urls = fragments.map((f) => JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString().replace(/^pagefind_dcd/, '')).url as string);
    expect(urls.filter((u) => u.includes('/editie/'))).toEqual([]);
  });

  it('is kept in the cache by commit, and the servers get its headers with noindex', () => {
    expect(readdirSync(join(work, 'cache')).some((name) => name.startsWith(`${DATUM}-${edition.slice(0, 12)}-`))).toBe(true);
    expect(log).toMatch(new RegExp(`editie ${DATUM}: gebouwd in \\d`));
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^\/editie\/\*\n(?:.*\n)*?\s+X-Robots-Tag: noindex/m);
    expect(readFileSync(join(dist, '_nginx', 'edition-headers.conf'), 'utf8')).toMatch(/X-Robots-Tag "noindex"/);
    expect(existsSync(join(dist, 'editie', DATUM, 'admin'))).toBe(false);
  });

  it('deploy/nginx.conf serves it with noindex and a policy that allows its scripts', async () => {
    const nginx = await startNginx(dist);
    try {
      const res = await fetch(`${nginx.origin}/editie/${DATUM}/waarom/een/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-robots-tag')).toBe('noindex');
      expect(res.headers.get('cache-control')).toMatch(/max-age=300/);
      const header = res.headers.get('content-security-policy')!;
      expect(header).toMatch(/frame-ancestors 'none'/);
      const meta = page(dist, `editie/${DATUM}/waarom/een`).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const hashes = meta.match(/'sha256-[^']+'/g)!;
      expect(hashes.length).toBeGreaterThan(0);
      expect(hashes.filter((h) => !header.includes(h))).toEqual([]);
      expect((await fetch(`${nginx.origin}/waarom/een/`)).headers.get('x-robots-tag')).toBeNull();
    } finally {
      await nginx.stop();
    }
  });
});

describe('the change history since the first edition', () => {
  const short = () => change.slice(0, 7);

  it('/wijzigingen/ lists the change with its date, note and the section it touched', () => {
    const list = page(dist, 'wijzigingen');
    const item = list.querySelector(`#wijziging-${short()}`)!;
    // The heading is the date and the page touched; the editors' message, however long, follows in full.
    expect(item.querySelector('h3')!.text).toBe('3 december 2026: Optimale ontwikkeling van kinderen');
    expect(item.querySelectorAll('p').map((p) => p.text)).toEqual(expect.arrayContaining(['Thema een: samenwerking scherper omschreven', 'De redactie maakt duidelijk welke samenwerking bedoeld is.']));
    const hrefs = item.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/waarom/een/', '/waarom/een/#hoe-dragen-kindcentra-bij-aan-dit-thema', `/wijzigingen/waarom/een/#wijziging-${short()}`]));
    // The edition commit only touched edities.yaml (editorial apparatus): not listed.
    expect(list.querySelectorAll('article.change')).toHaveLength(1);
    expect(list.querySelector(`a[href="/editie/${DATUM}/"]`)).not.toBeNull();
  });

  it("the theme's own history shows the words deleted and inserted, not by colour alone", () => {
    const history = page(dist, 'wijzigingen/waarom/een');
    const section = history.querySelector(`#wijziging-${short()}`)!;
    // One change that day: its heading is the date alone, the editors' message below it.
    expect(section.querySelector('h2')!.text).toBe('3 december 2026');
    expect(section.querySelector('h2 + p')!.text).toBe('Thema een: samenwerking scherper omschreven');
    expect(section.querySelector('h3 a')!.getAttribute('href')).toBe('/waarom/een/#hoe-dragen-kindcentra-bij-aan-dit-thema');
    const del = section.querySelectorAll('del').map((d) => d.text).join(' ');
    const ins = section.querySelectorAll('ins').map((d) => d.text).join(' ');
    expect(del).toMatch(/\[verwijderd: goed\s*\]/);
    expect(ins).toMatch(/\[toegevoegd: nauw en doelgericht\s*\]/);
    expect(page(dist, 'wijzigingen/waarom/twee').querySelector('main')!.text).toMatch(/niet gewijzigd sinds de editie van 1 december 2026/);
  });

  it('the theme links to its history with the date of its last change, and cites its fixed version', () => {
    const theme = page(dist, 'waarom/een');
    const link = theme.querySelector('.page-history')!;
    expect(link.querySelector('a')!.getAttribute('href')).toBe('/wijzigingen/waarom/een/');
    expect(link.text).toMatch(/gewijzigd 3 december 2026/);
    const cite = theme.querySelector('section.cite')!;
    expect(cite.text).toContain(`${SITE}/waarom/een/`);
    expect(cite.querySelector(`a[href="/editie/${DATUM}/waarom/een/"]`)?.text).toBe(`${SITE}/editie/${DATUM}/waarom/een/`);
  });

  it('the Atom feed is well-formed, has one entry per change with the pages touched, and every page links to it', () => {
    const xml = readFileSync(join(dist, 'wijzigingen.xml'), 'utf8');
    const parser = sax.parser(true);
    const elements: string[] = [];
    parser.onopentag = (tag) => elements.push(tag.name);
    parser.write(xml).close();
    expect(elements[0]).toBe('feed');
    for (const required of ['id', 'title', 'updated', 'author', 'entry']) expect(elements).toContain(required);
    expect(elements.filter((e) => e === 'entry')).toHaveLength(1);
    expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`<id>${SITE}/wijzigingen/#wijziging-${short()}</id>`);
    expect(xml).toMatch(/<updated>2026-12-03T14:00:00\+01:00<\/updated>/);
    expect(xml).toMatch(/<summary>Gewijzigd: Optimale ontwikkeling van kinderen\.<\/summary>/);
    for (const path of ['', 'waarom/een', 'wijzigingen']) {
      expect(page(dist, path).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/wijzigingen.xml');
    }
  });
});

describe('a build without Git history (a shallow clone)', () => {
  it('builds the current site, skips the editions and says why, once, in Dutch', () => {
    expect(text(shallowDist, 'waarom/een')).toContain('doelgericht');
    expect(existsSync(join(shallowDist, 'editie'))).toBe(false);
    expect(shallowLog.match(/overgeslagen: dit is een ondiepe clone/g)).toHaveLength(1);
    expect(text(shallowDist, 'wijzigingen')).toContain('zonder Git-geschiedenis');
    // The edition is still listed, but not linked: its pages are not in this build.
    const list = page(shallowDist, 'wijzigingen');
    expect(list.querySelector('main')!.text).toContain('Niet in deze versie van de site');
    expect(list.querySelectorAll('main a').map((a) => a.getAttribute('href')).filter((h) => h?.includes('/editie/'))).toEqual([]);
  });
});
