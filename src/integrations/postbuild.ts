import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../utils/html-files';
import { getSearchGlossary } from '../utils/search-glossary';
import { applyContentSecurityPolicy } from './csp';
import { scopeIds } from './scoped-ids';
import { addSearchTerms } from './search-terms';

/**
 * One pass over the built HTML, each page read and written once: unique ids on pages that
 * combine entries, search terms for Dutch compounds and abbreviations, and last the
 * Content-Security-Policy (it hashes the final inline scripts of all pages).
 */
export default function postbuild(): AstroIntegration {
  return {
    name: 'guide-postbuild',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const glossary = getSearchGlossary();
        const files = htmlFiles(root);
        const pages = files.map((file) => ({ html: addSearchTerms(scopeIds(readFileSync(file, 'utf8')), glossary) }));
        const secured = applyContentSecurityPolicy(pages);
        files.forEach((file, i) => writeFileSync(file, secured.pages[i]));
        writeFileSync(join(root, '_headers'), secured.headers);
      },
    },
  };
}
