import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, isRedirect } from '../support/dist';
import { htmlFiles } from '../../src/integrations/postbuild/html-files';
import { distDir } from '../support/dist';

/*
 * Municipalities cite addresses and anchors in council proposals that stay online for years.
 * test/fixtures/published-anchors.txt lists every page (and short URL) and every id on it as
 * published; none may disappear. New pages and anchors are fine. When one is removed on purpose
 * (a heading renamed), update the list: UPDATE_PUBLISHED_ANCHORS=1 npm run test:site.
 */
const listFile = join(import.meta.dirname, '..', 'fixtures', 'published-anchors.txt');

function currentAnchors(): string[] {
  const out = new Set<string>();
  for (const page of builtPages()) {
    out.add(page.path);
    for (const m of page.html.matchAll(/\sid="([^"]+)"/g)) out.add(`${page.path}#${m[1]}`);
  }
  // Short URLs are redirect pages: their address is what matters.
  for (const file of htmlFiles(distDir)) {
    if (isRedirect(readFileSync(file, 'utf8'))) out.add(`/${file.slice(distDir.length + 1).replace(/index\.html$/, '')}`);
  }
  return [...out].sort();
}

describe('published addresses stay valid', () => {
  it('every URL and #anchor published before still exists', () => {
    const now = currentAnchors();
    if (process.env.UPDATE_PUBLISHED_ANCHORS || !existsSync(listFile)) writeFileSync(listFile, `${now.join('\n')}\n`);
    const published = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
    const present = new Set(now);
    expect(published.length).toBeGreaterThan(1000);
    expect(published.filter((a) => !present.has(a))).toEqual([]);
  });
});
