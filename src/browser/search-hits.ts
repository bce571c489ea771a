/**
 * Loaded by the page script after a search (?markeer=…, src/browser/search-highlight.ts):
 * Pagefind's highlighter marks the words, and the first hit in the linked section (#id) is
 * brought into view when the browser's jump to the heading left it off screen. Result links carry
 * no text fragment (#…:~:text=): marking the words changed the text Chromium searched for it, and
 * it then at times gave up and went back to the heading (measured: 3 in 24 opens at 375 px).
 */
const onScreen = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
};

// Built by Pagefind next to the site (relative, so a sub-path is kept); not part of this bundle.
const { default: PagefindHighlight } = await import(new URL('pagefind/pagefind-highlight.js', import.meta.url).href);
new PagefindHighlight({ highlightParam: 'markeer', markContext: '#inhoud' });
const hits = [...document.querySelectorAll('mark.pagefind-highlight')];
const section = document.getElementById(decodeURIComponent(location.hash.slice(1)));
const first = hits.find((hit) => !section || section.compareDocumentPosition(hit) & Node.DOCUMENT_POSITION_FOLLOWING) ?? hits[0];
if (first && !onScreen(first)) first.scrollIntoView({ block: 'center' });
