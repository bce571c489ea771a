import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A footnote marker's popover starts as the note's plain text (remark-footnote-markers.ts).
 * Where the page lists the note itself (the footnote list at the bottom), the popover gets
 * that rendered text instead, links included, so "vind je hier" can be followed from the
 * popover (it stays open while the pointer or focus is on it). Copies lose their ids and
 * search terms; paragraphs become block spans, as a popover lives inside a <sup>.
 */
export function footnotePopovers(root: HTMLElement): boolean {
  const markers = root.querySelectorAll('.fn-ref');
  if (markers.length === 0) return false;
  const cache = new Map<string, string | null>();
  let changed = false;
  for (const marker of markers) {
    const n = marker.querySelector('a[data-footnote]')?.getAttribute('data-footnote');
    const tip = marker.querySelector('.fn-tip');
    if (!n || !tip) continue;
    if (!cache.has(n)) cache.set(n, noteHtml(root.querySelector(`#voetnoot-${n}`)));
    const content = cache.get(n);
    if (!content) continue;
    tip.set_content(content);
    changed = true;
  }
  return changed;
}

function noteHtml(item: HTMLElement | null): string | null {
  const body = item?.querySelector('.prose') ?? item?.querySelector('p');
  if (!body || !item) return null;
  const copy = parse(body.outerHTML);
  // Only paragraphs and inline text fit in a <sup>; anything else keeps the plain-text popover.
  if (copy.querySelector('ul, ol, div div, blockquote, table, h2, h3, h4')) return null;
  for (const el of copy.querySelectorAll('[data-pagefind-index-attrs]')) el.remove();
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const p of copy.querySelectorAll('p')) {
    p.tagName = 'span';
    p.setAttribute('class', 'fn-tip-p');
  }
  const outer = copy.firstChild as HTMLElement;
  return outer.tagName === 'DIV' ? outer.innerHTML : outer.outerHTML;
}
