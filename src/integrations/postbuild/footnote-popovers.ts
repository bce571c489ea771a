import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A footnote marker's popover (remark-footnote-markers.ts) gets the note as the footnote list at
 * the bottom of the same page renders it, links included, so "vind je hier" can be followed from
 * the popover (it stays open while the pointer or focus is on it). Copies lose their ids and
 * search terms; paragraphs become block spans, as a popover lives inside a <sup>. A note with
 * lists or tables gets its text only. Every page that marks a note lists it: one that does not
 * is a fault of the site, and the build stops.
 */
export function footnotePopovers(root: HTMLElement): boolean {
  const markers = root.querySelectorAll('.fn-ref');
  if (markers.length === 0) return false;
  const cache = new Map<string, string>();
  for (const marker of markers) {
    const n = marker.querySelector('a[data-footnote]')?.getAttribute('data-footnote');
    const tip = marker.querySelector('.fn-tip');
    if (!n || !tip) continue;
    if (!cache.has(n)) {
      const item = root.querySelector(`#voetnoot-${n}`);
      if (!item) throw new Error(`voetnoot ${n} heeft een markering op deze pagina, maar staat niet in de voetnotenlijst ervan`);
      cache.set(n, noteHtml(item));
    }
    tip.set_content(cache.get(n)!);
  }
  return true;
}

function noteHtml(item: HTMLElement): string {
  const body = item.querySelector('.prose') ?? item.querySelector('p') ?? item;
  const copy = parse(body.outerHTML);
  for (const el of copy.querySelectorAll('[data-pagefind-index-attrs]')) el.remove();
  // Only paragraphs and inline text fit in a <sup>; of anything else the popover shows the text.
  if (copy.querySelector('ul, ol, div div, blockquote, table, h2, h3, h4')) {
    for (const el of copy.querySelectorAll('.sr-only, .fn-ref')) el.remove();
    return escapeText(copy.structuredText.replace(/\s+/g, ' ').trim());
  }
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  for (const p of copy.querySelectorAll('p')) {
    p.tagName = 'span';
    p.setAttribute('class', 'fn-tip-p');
  }
  const outer = copy.firstChild as HTMLElement;
  return outer.tagName === 'DIV' ? outer.innerHTML : outer.outerHTML;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
