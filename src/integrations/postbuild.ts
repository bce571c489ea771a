import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../utils/html-files';
import { getSearchGlossary } from '../utils/search-glossary';
import { applyContentSecurityPolicy } from './csp';
import { footnotePopovers } from './footnote-popovers';
import { hyphenateHeadings } from './hyphenate-headings';
import { printMarks } from './print-marks';
import { scopeIds } from './scoped-ids';
import { addSearchTerms } from './search-terms';

/**
 * One pass over the built HTML, each page read and written once: unique ids on pages that
 * combine entries, search terms for Dutch compounds and abbreviations, footnote popovers with
 * the note's links, print marks, soft hyphens in long heading words, and last the
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
        // Search terms read headings before they get soft hyphens.
        const pages = files.map((file) => ({
          html: hyphenateHeadings(printMarks(footnotePopovers(addSearchTerms(scopeIds(readFileSync(file, 'utf8')), glossary)))),
        }));
        const secured = applyContentSecurityPolicy(pages);
        files.forEach((file, i) => writeFileSync(file, secured.pages[i]));
        writeFileSync(join(root, '_headers'), secured.headers);
      },
    },
  };
}
