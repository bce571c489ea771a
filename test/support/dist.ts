import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles } from '../../src/integrations/postbuild/html-files';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** URL path, e.g. /waarom/huisvesting/ */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

const toPath = (file: string) => {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel === '404.html') return '/404.html';
  return `/${rel.replace(/index\.html$/, '')}`;
};

let cache: BuiltPage[] | undefined;

/**
 * Every HTML page of the build, except redirect stubs (short URLs like /thema/3/), the CMS
 * (/admin/, tested on its own) and editions (/editie/…: built and tested with their own commit's
 * code; test/site/editions.test.ts checks what the current build adds to them).
 */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat zelf).');
  }
  cache ??= htmlFiles(distDir)
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: toPath(file), file, html, root: parse(html) };
    })
    .filter((p) => !isRedirect(p.html) && !p.path.startsWith('/admin/') && !p.path.startsWith('/editie/'));
  return cache;
}

export const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html);

/** All files in dist (for link checking): URL paths that exist. */
export function existingPaths(): Set<string> {
  const out = new Set<string>();
  const files = globSync('**/*', { cwd: distDir, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of files.map((entry) => join(entry.parentPath, entry.name))) {
    const rel = `/${relative(distDir, file).split(sep).join('/')}`;
    out.add(rel);
    if (rel.endsWith('/index.html')) out.add(rel.slice(0, -'index.html'.length));
  }
  return out;
}

/** Text of an element with spaces between blocks, without footnote markers, tooltips and screen-reader extras. */
export function readableText(el: HTMLElement): string {
  const clone = parse(el.outerHTML);
  for (const x of clone.querySelectorAll('script, style, .fn-ref, .fn-tip, .sr-only, .heading-link')) x.remove();
  // Soft hyphens in headings (build-time hyphenation) are not part of the words.
  return clone.structuredText.replace(/\u00AD/g, '').replace(/\s+/g, ' ');
}
