/** After a search (?markeer=…), highlight the hit; Pagefind's highlighter loads only then. */
if (/[?&]markeer=/.test(location.search)) {
  // Built by Pagefind next to the site; not part of this bundle.
  import('/pagefind/pagefind-highlight.js' as string).then((module) => new module.default({ highlightParam: 'markeer', markContext: '#inhoud' }));
}
