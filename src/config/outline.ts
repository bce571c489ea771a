/**
 * The guide's reading order and grouping: navigation, the home dashboard, breadcrumbs,
 * prev/next and the print page all follow this list (see src/utils/guide.ts).
 * `pages` are files in content/pages/; `collection` takes all entries of a folder in their
 * own numbering (themes by `number`, steps by `order`). The order is the guide's own title:
 * "waarom en hoe".
 */
export interface OutlinePart {
  /** Heading in the navigation and breadcrumb label. */
  label: string;
  /** The part's search filter "onderdeel". */
  onderdeel: 'Waarom' | 'Hoe' | 'Algemeen';
  /** The page that introduces the part (its link in the navigation). */
  intro?: string;
  /** Stand-alone pages of this part, in order. */
  pages?: string[];
  collection?: 'themes' | 'steps';
  /** false: in the reading order, but listed under "Naslag" in the navigation. */
  inNavigation?: boolean;
}

export const outline: OutlinePart[] = [
  { label: 'Inleiding', onderdeel: 'Algemeen', pages: ['vooraf', 'aanleiding'] },
  { label: 'Waarom?', onderdeel: 'Waarom', intro: 'waarom', collection: 'themes' },
  { label: 'Hoe?', onderdeel: 'Hoe', intro: 'aan-de-slag', collection: 'steps' },
  { label: 'Colofon', onderdeel: 'Algemeen', pages: ['colofon'], inNavigation: false },
];

/** The files of content/pages/ that the outline places (only these get a route). */
export const outlinePageIds: string[] = outline.flatMap((part) => [...(part.intro ? [part.intro] : []), ...(part.pages ?? [])]);
