import nl from 'hyphen/nl/index.js';
import type { HTMLElement, Node } from 'node-html-parser';

export const SOFT_HYPHEN = '\u00AD';
/** Words from this length on get break points: shorter ones fit a 320 px column in any heading (h1 28 px bold: ~17 letters). */
const MIN_WORD_LENGTH = 16;
const HEADINGS = 'h1, h2, h3, h4';

/** One Dutch word with soft hyphens at its break points (Liang's patterns, as in TeX). */
export function hyphenateWord(word: string): string {
  return nl.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH });
}

/**
 * Long Dutch compounds ("kinderopvanghuisvesting") in headings and titles get soft hyphens,
 * so a narrow screen breaks them at a syllable with a visible hyphen instead of anywhere
 * (CSS `hyphens: auto` has no Dutch dictionary in many browsers). Body text is left alone.
 * Soft hyphens are invisible and skipped by copy and by screen readers; for search, the page
 * title is given to Pagefind without them (data-pagefind-meta), and Pagefind's own word
 * splitting ignores them (test/browser/search.test.ts checks a hyphenated title).
 */
export function hyphenateHeadings(root: HTMLElement): boolean {
  const headings = root.querySelectorAll(HEADINGS).filter((h) => !h.closest('svg, [aria-hidden="true"]'));
  if (headings.length === 0) return false;
  let changed = false;
  for (const heading of headings) {
    const before = heading.textContent;
    hyphenateText(heading);
    if (heading.textContent === before) continue;
    changed = true;
    // Pagefind takes the title from the first h1 (or the element marked as title): give it the whole words.
    if (heading.getAttribute('data-pagefind-meta') === 'title' || (heading.tagName === 'H1' && heading.closest('[data-pagefind-body]'))) {
      heading.setAttribute('data-pagefind-meta', `title:${before.replace(/\s+/g, ' ').trim()}`);
    }
  }
  return changed;
}

function hyphenateText(node: Node) {
  if (node.nodeType === 3) {
    const raw = node.rawText;
    const next = raw.replace(new RegExp(`\\p{L}{${MIN_WORD_LENGTH},}`, 'gu'), hyphenateWord);
    if (next !== raw) (node as unknown as { rawText: string }).rawText = next;
    return;
  }
  const el = node as HTMLElement;
  if (el.classList?.contains('sr-only')) return;
  for (const child of el.childNodes) hyphenateText(child);
}
