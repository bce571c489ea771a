import type { HTMLElement } from 'node-html-parser';

const SHIFT: Record<string, string> = { H2: 'h3', H3: 'h4', H4: 'h5' };

/**
 * Two build-time marks for print and PDF:
 * - inside [data-heading-shift] (the parts of the whole guide) headings move one level down,
 *   so each part is one h2 with its own sections under it (the PDF outline follows headings);
 * - an external link whose text is its own address gets data-url-tekst, so print CSS does not
 *   print the address a second time after it.
 */
export function printMarks(root: HTMLElement): boolean {
  let changed = false;
  for (const scope of root.querySelectorAll('[data-heading-shift]')) {
    for (const heading of scope.querySelectorAll('h2, h3, h4')) {
      heading.tagName = SHIFT[heading.tagName];
      changed = true;
    }
    for (const wrap of scope.querySelectorAll('.heading-wrap')) {
      const inner = wrap.querySelector('h3, h4, h5');
      if (inner) wrap.setAttribute('class', `heading-wrap heading-wrap-${inner.tagName.toLowerCase()}`);
    }
  }
  for (const a of root.querySelectorAll('a[href^="http"]')) {
    const bare = (url: string) => url.trim().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
    if (bare(a.textContent) === bare(a.getAttribute('href') ?? '')) {
      a.setAttribute('data-url-tekst', '');
      changed = true;
    }
  }
  return changed;
}
