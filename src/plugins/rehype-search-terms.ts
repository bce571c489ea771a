import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { getSearchGlossary, extraSearchTerms, type SearchGlossary } from '../utils/search-glossary';

/** Attribute whose value Pagefind indexes as text (via data-pagefind-index-attrs). */
export const SEARCH_TERMS_ATTRIBUTE = 'data-zoektermen';

/**
 * Dutch compounds and abbreviations: Pagefind matches word prefixes only, so "huisvesting"
 * misses "onderwijshuisvesting" and "kindcentrum" misses "kindcentra". After each paragraph
 * or list item we add an empty element whose attribute carries the missing forms: indexed by
 * Pagefind, invisible to readers and screen readers, and close to the text for sub-results.
 */
export const rehypeSearchTerms: Plugin<[{ glossary?: SearchGlossary }?], Root> = (options = {}) => {
  return (tree) => {
    const glossary = options.glossary ?? getSearchGlossary();
    if (glossary.compounds.size === 0 && glossary.begrippen.length === 0) return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' && node.tagName !== 'li') return;
      if (node.tagName === 'li' && node.children.some((c) => c.type === 'element' && c.tagName === 'p')) return;
      // Nested lists get their own terms; footnote markers carry another text in their tooltip.
      const own: Element = { ...node, children: node.children.filter((c) => !(c.type === 'element' && /^(ul|ol|sup)$/.test(c.tagName))) };
      const terms = extraSearchTerms(toString(own), glossary);
      if (terms.length === 0) return;
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { dataPagefindIndexAttrs: SEARCH_TERMS_ATTRIBUTE, dataZoektermen: terms.join(' ') },
        children: [],
      });
    });
  };
};
