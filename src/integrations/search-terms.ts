import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { extraSearchTerms, getSearchGlossary, type SearchGlossary } from '../utils/search-glossary';
import { htmlFiles } from '../utils/html-files';

/** Attribute whose value Pagefind indexes as text (via data-pagefind-index-attrs). */
export const SEARCH_TERMS_ATTRIBUTE = 'data-zoektermen';
const BLOCKS = 'p, li, dt, dd, h1, h2, h3, figcaption, td';

/**
 * Dutch compounds and abbreviations: Pagefind matches word prefixes only, so "huisvesting"
 * misses "onderwijshuisvesting" and "kindcentrum" misses "kindcentra". After each block of
 * indexed text we add an empty element whose attribute carries the missing forms: indexed
 * by Pagefind, invisible to readers and screen readers, close to the text for sub-results.
 * Runs on the built HTML, so Markdown pages, data pages (sources, quotes) and titles all get it.
 */
export function addSearchTerms(html: string, glossary: SearchGlossary): string {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return html;
  for (const block of body.querySelectorAll(BLOCKS)) {
    if (block.closest('[data-pagefind-ignore]') || block.querySelector('p, li, dd')) continue;
    const own = parse(block.innerHTML);
    // Footnote markers carry another text in their tooltip; nested lists get their own terms.
    for (const x of own.querySelectorAll('.fn-ref, .sr-only, .heading-link, ul, ol')) x.remove();
    const terms = extraSearchTerms(own.textContent, glossary);
    if (terms.length > 0) {
      block.insertAdjacentHTML('beforeend', `<span data-pagefind-index-attrs="${SEARCH_TERMS_ATTRIBUTE}" ${SEARCH_TERMS_ATTRIBUTE}="${terms.join(' ')}"></span>`);
    }
  }
  return root.toString();
}

export default function searchTerms(): AstroIntegration {
  return {
    name: 'search-terms',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const glossary = getSearchGlossary();
        for (const file of htmlFiles(fileURLToPath(dir))) writeFileSync(file, addSearchTerms(readFileSync(file, 'utf8'), glossary));
      },
    },
  };
}
