import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site.mjs';
import { builtPages, distDir } from '../support/dist';

const root = join(import.meta.dirname, '..', '..');
const pages = builtPages().filter((p) => p.path !== '/404.html');

describe('metadata and editing links', () => {
  it('every page has a title, a description, a canonical URL and OpenGraph tags', () => {
    const missing = pages.flatMap((p) => {
      const head = p.root.querySelector('head')!;
      const problems: string[] = [];
      if (!head.querySelector('title')?.text.trim()) problems.push('title');
      if ((head.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').length < 20) problems.push('description');
      if (head.querySelector('link[rel="canonical"]')?.getAttribute('href') !== new URL(p.path, site.url).href) problems.push('canonical');
      for (const prop of ['og:title', 'og:description', 'og:url', 'og:image']) {
        if (!head.querySelector(`meta[property="${prop}"]`)?.getAttribute('content')) problems.push(prop);
      }
      return problems.map((x) => `${p.path}: ${x}`);
    });
    expect(missing).toEqual([]);
    expect(existsSync(join(distDir, 'og.png'))).toBe(true);
  });

  it('the sitemap lists every indexable page and robots.txt points to it', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const expected = pages.filter((p) => !p.root.querySelector('meta[name="robots"][content="noindex"]')).map((p) => p.path);
    expect(expected.filter((p) => !listed.has(p))).toEqual([]);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`);
  });

  it('every content page links "Bewerk deze pagina" to its own file in content/', () => {
    const wrong: string[] = [];
    for (const p of pages.filter((x) => /^\/(waarom|hoe|voetnoten|achtergrond)\/[^/]+\/$/.test(x.path))) {
      const edit = p.root.querySelectorAll('footer a').find((a) => a.text.trim() === 'Bewerk deze pagina');
      const href = edit?.getAttribute('href') ?? '';
      const file = href.replace(`${site.repository}/edit/${site.branch}/`, '');
      if (!href.startsWith(site.repository) || !file.startsWith('content/') || !existsSync(join(root, file))) wrong.push(`${p.path}: ${href}`);
    }
    expect(wrong).toEqual([]);
  });

  it('external links open safely (rel=noopener)', () => {
    const unsafe = pages.flatMap((p) =>
      p.root
        .querySelectorAll('a[href^="http"]')
        .filter((a) => !(a.getAttribute('rel') ?? '').includes('noopener'))
        .map((a) => `${p.path}: ${a.getAttribute('href')}`),
    );
    expect(unsafe).toEqual([]);
  });
});
