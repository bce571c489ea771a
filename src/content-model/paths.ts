/** URL helpers: the single place that knows the site's URL scheme. All paths end with a slash. */

export const themePath = (id: string) => `/waarom/${id}/`;
export const stepPath = (id: string) => `/hoe/${id}/`;
export const footnotePath = (n: number) => `/voetnoten/${n}/`;
export const sourcePath = (id: string) => `/bronnen/${id}/`;
export const achtergrondPath = (id: string) => `/achtergrond/${id}/`;
export const pagePath = (id: string) => `/${id}/`;

/** The site's own pages (lists, catalogues, tools); the guide's pages use pagePath. */
const sitePages = {
  home: '/',
  achtergrond: '/achtergrond/',
  bronnen: '/bronnen/',
  voetnoten: '/voetnoten/',
  citaten: '/citaten/',
  praktijkvoorbeelden: '/praktijkvoorbeelden/',
  begrippen: '/begrippen/',
  heleHandreiking: '/hele-handreiking/',
  zoeken: '/zoeken/',
  over: '/over/',
  verantwoording: '/verantwoording/',
  toegankelijkheid: '/toegankelijkheid/',
} as const;
export const listPath = (name: keyof typeof sitePages) => sitePages[name];

/** Short URLs for policy documents (redirect pages). */
export const shortThemePath = (n: number) => `/thema/${n}/`;
export const shortStepPath = (id: string) => `/stap/${id}/`;
/** The five gears by their number in the figure: /stap/1/ … /stap/5/. */
export const shortStepNumberPath = (order: number) => `/stap/${order}/`;

/** Anchor of a footnote in the list at the bottom of a page. */
export const footnoteAnchor = (n: number) => `voetnoot-${n}`;

/**
 * Anchor of the k-th (1-based) reference of one kind to one target within a page,
 * so backlinks can point to the exact place of mention.
 */
export const refAnchor = (kind: string, target: string | number, k: number) =>
  `ref-${kind}-${target}${k > 1 ? `-${k}` : ''}`;

/** Anchor of the k-th marker of footnote n within a page. */
export const footnoteRefAnchor = (n: number, k: number) => `fnref-${n}${k > 1 ? `-${k}` : ''}`;

/**
 * Footnote texts are also shown inside other pages (the list at the bottom), several at a
 * time; their reference anchors get a per-footnote prefix so ids stay unique on every page.
 */
export function anchorPrefix(filePath: string | undefined): string {
  const match = filePath?.match(/footnotes[\\/](\d+)\.md$/);
  return match ? footnoteAnchorPrefix(match[1]) : '';
}

/** The prefix for the footnote file NN.md (by its file name, as the plugin sees it). */
export const footnoteAnchorPrefix = (fileId: string) => `vn${Number(fileId)}-`;

/** The heading of a theme's recommendations ("Waar kan een gemeente op inzetten?"). */
export const RECOMMENDATIONS_HEADING = 'waar-kan-een-gemeente-op-inzetten';
/** Anchor of recommendation "4.3" (the label an editor writes as `{#4.3}`). */
export const recommendationAnchor = (label: string) => `aanbeveling-${label.replace('.', '-')}`;
