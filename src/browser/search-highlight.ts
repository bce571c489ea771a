/**
 * After a search (?markeer=…), highlight the hit; Pagefind's highlighter loads only then.
 * Only after the load event: the result's link scrolls to the passage by its text fragment
 * (#…:~:text=), which Chromium looks for while the page loads, and marking the words changes the
 * text it searches. Marked earlier, half of the opens at 375 px stayed near the top of the page.
 */
if (/[?&]markeer=/.test(location.search)) {
  // Built by Pagefind next to the site; not part of this bundle.
  addEventListener('load', () => import('/pagefind/pagefind-highlight.js' as string).then((module) => new module.default({ highlightParam: 'markeer', markContext: '#inhoud' })));
}
