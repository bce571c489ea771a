/**
 * Performance budgets, checked on every build by test/site/budget.test.ts.
 * Sizes are gzip bytes, as a browser downloads them.
 */
export const budgets = {
  /**
   * A theme or step page's first visit: its HTML plus the CSS it links. The citation block, its
   * JSON-LD and citation_* tags and the recommendation numbers took the largest page to 15.2 KB;
   * unused Tailwind utilities (-0.6 KB CSS), an unused data-ref attribute on every reference and
   * other pages' script hashes in the CSP (-0.23 KB HTML) brought it back to 14.4 KB (gzip).
   * The print work of issue 24 took main to 15.35 KB (13 B under 15 KB); the wide-screen contents,
   * the folded sidebar and the larger page script (+0.33 KB HTML, +0.23 KB CSS) to 15.5 KB: 16 KB.
   */
  firstVisitThemePage: 16 * 1024,
  /** Any page except the whole-guide print page. */
  firstVisitAnyPage: 30 * 1024,
  /** JavaScript files a content page downloads before the reader does anything. */
  eagerExternalJs: 0,
  /**
   * The inline page script (src/browser/: Ctrl/Cmd+K, copy-link, footnote popovers kept on
   * screen and closed with Esc for WCAG 1.4.13, highlight loader), per page. Was 1 KB before the
   * popover code (~700 B), 1.5 KB until the wide-screen contents marked the section in view
   * (~250 B), phones opened a note in place and a copied citation got the reader's address
   * (~200 B); inline, so it costs no request.
   */
  inlineJs: 2048,
  /** Pages whose own small enhancement script (filter count) comes on top of the page script. */
  interactive: { '/bronnen/': 2560 } as Record<string, number>,
  /** Pages allowed to exceed firstVisitAnyPage: the whole guide on one page, for printing. */
  exempt: ['/hele-handreiking/'],
};
