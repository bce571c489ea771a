/**
 * The ids the site itself puts on the pages that carry the guide's text (layouts, components,
 * plugins), in one list for two rules:
 * - an editor's `{#id}` may not take one (src/plugins/remark-heading-ids.ts): it would collide;
 * - the interface ones are no addresses that readers cite, so the register of published
 *   addresses leaves them out (address-register.ts).
 * `*` stands for any text: `voetnoot-*` is every id that starts with "voetnoot-".
 */
const SITE_IDS: { id: string; citable: boolean; madeBy: string }[] = [
  { id: 'inhoud', citable: false, madeBy: 'layouts/BaseLayout.astro (the main text)' },
  { id: 'site-search', citable: false, madeBy: 'components/SiteHeader.astro' },
  { id: 'kopieer-status', citable: false, madeBy: 'components/SearchShortcut.astro' },
  { id: 'verwijzen', citable: false, madeBy: 'components/CiteThisPage.astro' },
  { id: 'verwijzing-tekst', citable: false, madeBy: 'components/CiteThisPage.astro' },
  { id: 'hoe-figuur-titel', citable: false, madeBy: 'components/HoeFigure.astro' },
  { id: 'samenvatting-*', citable: false, madeBy: 'components/HoeFigure.astro (read out with a gear)' },
  { id: 'pdf-link', citable: false, madeBy: 'pages/hele-handreiking.astro' },
  { id: 'filter-*', citable: false, madeBy: 'components/SourceFilters.astro' },
  { id: 'zoek*', citable: false, madeBy: 'pages/zoeken.astro (the search controls)' },
  { id: '*-tip', citable: false, madeBy: 'plugins/remark-footnote-markers.ts (footnote popovers)' },
  { id: 'verwant-kop', citable: true, madeBy: 'pages/[...entry].astro ("Hoort bij")' },
  { id: 'voetnoten-kop', citable: true, madeBy: 'components/FootnoteList.astro' },
  { id: 'voetnoot-*', citable: true, madeBy: 'components/FootnoteList.astro' },
  { id: 'fnref-*', citable: true, madeBy: 'plugins/remark-footnote-markers.ts' },
  { id: 'ref-*', citable: true, madeBy: 'plugins/remark-guide-refs.ts (the place of a reference)' },
  { id: 'vn*-ref-*', citable: true, madeBy: 'plugins/remark-guide-refs.ts (a reference inside a footnote, shown in lists)' },
  { id: 'aanbeveling-*', citable: true, madeBy: 'plugins/remark-heading-ids.ts (from {#4.3})' },
  { id: 'citaat-*', citable: true, madeBy: 'components/mdx/Quote.astro' },
  { id: 'voorbeeld-*', citable: true, madeBy: 'components/mdx/Example.astro' },
];

const matcher = (ids: string[]) => new RegExp(`^(?:${ids.map((id) => id.split('*').map(RegExp.escape).join('.*')).join('|')})$`);
const madeBySite = matcher(SITE_IDS.map((s) => s.id));
const ofInterface = matcher(SITE_IDS.filter((s) => !s.citable).map((s) => s.id));

/** An id the site makes itself: a heading may not take it. */
export const isSiteId = (id: string) => madeBySite.test(id);
/** An id of the interface (search box, filters, popovers…): nobody cites it. */
export const isInterfaceId = (id: string) => ofInterface.test(id);
