import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.mjs';
import { adminContentSecurityPolicy } from '../../src/integrations/cms';
import { builtPages, distDir } from '../support/dist';
import { browserModule, inlineScript } from '../../src/utils/inline-script';
import { historyOf } from '../../src/integrations/editions/git';

const root = join(import.meta.dirname, '..', '..');
const pages = builtPages().filter((p) => p.path !== '/404.html');

// This build's addresses come from the environment (SITE_URL, REPOSITORY_URL) or are absent;
// test/site/site-addresses.test.ts builds once with both set.
describe('metadata and editing links', () => {
  it('every page has a title, a description and OpenGraph tags; a canonical URL exactly when SITE_URL is set', () => {
    const missing = pages.flatMap((p) => {
      const head = p.root.querySelector('head')!;
      const problems: string[] = [];
      if (!head.querySelector('title')?.text.trim()) problems.push('title');
      if ((head.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').length < 20) problems.push('description');
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const ogUrl = head.querySelector('meta[property="og:url"]')?.getAttribute('content');
      const expected = site.url ? new URL(p.path, site.url).href : undefined;
      if (canonical !== expected) problems.push(`canonical ${canonical}`);
      if (ogUrl !== expected) problems.push(`og:url ${ogUrl}`);
      if (!!head.querySelector('link[rel="sitemap"]') !== !!site.url) problems.push('link rel=sitemap');
      const ogImage = head.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (ogImage !== (site.url ? new URL('/og.png', site.url).href : '/og.png')) problems.push(`og:image ${ogImage}`);
      for (const prop of ['og:title', 'og:description']) {
        if (!head.querySelector(`meta[property="${prop}"]`)?.getAttribute('content')) problems.push(prop);
      }
      return problems.map((x) => `${p.path}: ${x}`);
    });
    expect(missing).toEqual([]);
    expect(existsSync(join(distDir, 'og.png'))).toBe(true);
  });

  const withoutSiteUrl = () => {
    expect(readdirSync(distDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/i);
    // The addresses version 1 invented, and any absolute link back to a site of our own.
    const invented = /kennisbank\.pactvoorkindcentra\.nl|github\.com\/pactvoorkindcentra/;
    expect(pages.filter((p) => invented.test(p.html)).map((p) => p.path)).toEqual([]);
    const selfLinks = pages.flatMap((p) =>
      p.root.querySelectorAll('link[href^="http"], meta[property^="og:"][content^="http"]').map((el) => `${p.path}: ${el.outerHTML}`),
    );
    expect(selfLinks).toEqual([]);
  };

  const withSiteUrl = () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const expected = pages.filter((p) => !p.root.querySelector('meta[name="robots"][content="noindex"]')).map((p) => p.path);
    expect(expected.filter((p) => !listed.has(p))).toEqual([]);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`);
  };

  const withoutRepository = () => {
    const withLink = pages.filter((p) => p.root.querySelectorAll('footer a').some((a) => a.text.trim() === 'Bewerk deze pagina'));
    expect(withLink.map((p) => p.path)).toEqual([]);
  };

  const withRepository = () => {
    const wrong: string[] = [];
    for (const p of pages.filter((x) => /^\/(waarom|hoe|voetnoten|achtergrond)\/[^/]+\/$/.test(x.path))) {
      const edit = p.root.querySelectorAll('footer a').find((a) => a.text.trim() === 'Bewerk deze pagina');
      const href = edit?.getAttribute('href') ?? '';
      const file = href.replace(`${site.repository}/edit/${site.branch}/`, '');
      if (!href.startsWith(site.repository!) || !file.startsWith('content/') || !existsSync(join(root, file))) wrong.push(`${p.path}: ${href}`);
    }
    expect(wrong).toEqual([]);
  };

  it('sitemap and robots.txt follow SITE_URL: complete when set; without it none, and no absolute address of the site', () =>
    site.url ? withSiteUrl() : withoutSiteUrl());

  it('"Bewerk deze pagina" follows REPOSITORY_URL: each content page\'s own file when set, no link at all without it', () =>
    site.repository ? withRepository() : withoutRepository());

  it('external links open safely (rel=noopener)', () => {
    const unsafe = pages.flatMap((p) =>
      p.root
        .querySelectorAll('a[href^="http"]')
        .filter((a) => !(a.getAttribute('rel') ?? '').includes('noopener'))
        .map((a) => `${p.path}: ${a.getAttribute('href')}`),
    );
    expect(unsafe).toEqual([]);
  });

  it('each page\'s CSP allows exactly its own inline scripts; the header allows those of every page', () => {
    const scriptSrc = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src')!.slice(1);
    const header = scriptSrc(/Content-Security-Policy: (.*)/.exec(readFileSync(join(distDir, '_headers'), 'utf8'))![1]);
    const wrong = pages.flatMap((p) => {
      // Inline scripts that run (JSON-LD is data), hashed as the browser does.
      const own = p.root
        .querySelectorAll('script:not([src])')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => `'sha256-${createHash('sha256').update(s.textContent, 'utf8').digest('base64')}'`);
      const meta = scriptSrc(p.root.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
      const hashes = meta.filter((source) => source.startsWith("'sha256-"));
      const problems = [];
      if ([...new Set(own)].sort().join(' ') !== [...hashes].sort().join(' ')) problems.push(`${p.path}: meta ${hashes.join(' ')} ≠ scripts ${own.join(' ')}`);
      if (!meta.every((source) => header.includes(source))) problems.push(`${p.path}: the header lacks part of ${meta.join(' ')}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('the _headers file gives /admin/ the CMS policy in place of the site\'s, and keeps it out of search engines', () => {
    const rules = readFileSync(join(distDir, '_headers'), 'utf8').split(/\n(?=\S)/);
    const admin = rules.find((rule) => rule.startsWith('/admin/*\n'));
    expect(rules[0]).toMatch(/^\/\*\n/);
    expect(admin).toBeDefined();
    const lines = admin!.split('\n').map((line) => line.trim());
    // Cloudflare Pages adds up matching rules: the site's policy is detached before the CMS's own is set.
    expect(lines.indexOf('! Content-Security-Policy')).toBeGreaterThan(0);
    expect(lines.indexOf('! Content-Security-Policy')).toBeLessThan(lines.findIndex((line) => line.startsWith('Content-Security-Policy:')));
    expect(lines).toContain(`Content-Security-Policy: ${adminContentSecurityPolicy}; frame-ancestors 'none'`);
    expect(lines).toContain('X-Robots-Tag: noindex');
  });

  it('every page runs the build of the readable page script (src/browser/), not a hand-edited copy, and so does /markeer.js', async () => {
    const built = await inlineScript('page-enhancements.ts');
    // Readable source minified: no line breaks or comments left, and the modules' jobs all in it.
    expect(built).not.toMatch(/\n|\/\*/);
    for (const job of ['.fn-ref', 'kopieer-status', 'site-search', '/markeer.js']) expect(built).toContain(job);
    // What it loads after a search is the build of its source too.
    expect(readFileSync(join(distDir, 'markeer.js'), 'utf8')).toBe(await browserModule('search-hits.ts'));
    const without = pages.filter((p) => !p.root.querySelectorAll('script:not([src])').some((s) => s.textContent === built)).map((p) => p.path);
    expect(without).toEqual([]);
  });

  it('the footer says what each date means: the peildatum of the text, and when the site changed this page', () => {
    const footers = pages.map((p) => ({ path: p.path, text: p.root.querySelector('footer.site-footer')!.text.replace(/\s+/g, ' ') }));
    expect(footers.filter((f) => !f.text.includes(`Peildatum ${site.peildatum}: de handreiking beschrijft de situatie van toen.`)).map((f) => f.path)).toEqual([]);
    const dated = footers.filter((f) => /bijgewerkt/.test(f.text));
    // The dates come from Git: a shallow clone has none, and then no page may show one.
    if (historyOf(root) === 'full') expect(dated.length).toBeGreaterThan(0);
    else expect(dated.map((f) => f.path)).toEqual([]);
    expect(dated.filter((f) => !/Deze pagina is op de site voor het laatst bijgewerkt op \d{1,2} \p{L}+ \d{4}\./u.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
