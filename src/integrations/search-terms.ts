import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { extraSearchTerms, type SearchGlossary } from '../utils/search-glossary';

/** Attribute whose value Pagefind indexes as text (via data-pagefind-index-attrs). */
export const SEARCH_TERMS_ATTRIBUTE = 'data-zoektermen';
const BLOCKS = 'p, li, dd, figcaption, td';
// Headings get their terms right after them (inside, they would end up in result titles),
// weighted like the heading itself (Pagefind's defaults: h1 7, h2 6, h3 5).
const HEADING_WEIGHTS: Record<string, number> = { H1: 7, H2: 6, H3: 5 };

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
    const terms = extraSearchTerms(ownText(block), glossary);
    if (terms.length > 0) block.insertAdjacentHTML('beforeend', termsElement(terms));
  }
  for (const heading of body.querySelectorAll('h1, h2, h3')) {
    if (heading.closest('[data-pagefind-ignore]')) continue;
    const terms = extraSearchTerms(ownText(heading), glossary);
    if (terms.length > 0) heading.insertAdjacentHTML('afterend', termsElement(terms, HEADING_WEIGHTS[heading.tagName]));
  }
  return root.toString();
}

const termsElement = (terms: string[], weight?: number) =>
  `<span data-pagefind-index-attrs="${SEARCH_TERMS_ATTRIBUTE}" ${SEARCH_TERMS_ATTRIBUTE}="${terms.join(' ')}"${weight ? ` data-pagefind-weight="${weight}"` : ''}></span>`;

const SKIP_TAGS = new Set(['UL', 'OL', 'SCRIPT', 'STYLE']);
const SKIP_CLASSES = ['fn-ref', 'sr-only', 'heading-link'];

/** The block's own text: without nested lists (they get their own terms) and footnote tooltips. */
function ownText(node: Node): string {
  if (node.nodeType === 3) return node.text;
  const el = node as HTMLElement;
  if (SKIP_TAGS.has(el.tagName) || SKIP_CLASSES.some((c) => el.classList?.contains(c))) return '';
  return el.childNodes.map(ownText).join('');
}
