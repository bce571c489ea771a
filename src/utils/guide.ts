import { getCollection, type CollectionEntry } from 'astro:content';
import { outline, type OutlinePart } from '../config/outline';
import { contentDir } from '../content-model/content-dir';
import { achtergrondPath, listPath, pagePath, stepPath, themePath } from '../content-model/paths';

/** A readable entry of the guide: a page, theme, step or background article. */
export type GuideEntry = CollectionEntry<'pages' | 'themes' | 'steps' | 'achtergrond'>;

export interface Link {
  label: string;
  href: string;
}

/** Everything the site says about one entry, derived in one place. */
export interface EntryDescription {
  entry: GuideEntry;
  href: string;
  /** As the guide titles it (the h1). */
  title: string;
  /** Full label where the entry is named elsewhere: "Thema 4: Efficiënter benutten van huisvesting". */
  label: string;
  /** Short label for prev/next: "Thema 4: Efficiënter benutten huisvesting". */
  shortLabel: string;
  /** Label in the navigation: "4. Efficiënter benutten huisvesting", "2. Analyse". */
  navLabel: string;
  /** Line above the title: "Waarom? · Thema 4". */
  kicker?: string;
  /** Kicker on the print page: "Thema 4". */
  printKicker?: string;
  /** The part it belongs to, for the search filter "onderdeel". */
  onderdeel: string;
  breadcrumbs: Link[];
  /** content/ file, for "Bewerk deze pagina" and the last-updated date. */
  editPath: string;
  /** Colour token of a step. */
  colour?: string;
  /** Extra search filter, e.g. "thema:3". */
  filter?: string;
}

const file = (collection: string, name: string) => `${contentDir.replace(/^\.\//, '')}/${collection}/${name}`;
const partOfPage = (id: string) => outline.find((p) => p.intro === id || p.pages?.includes(id));
const introCrumb = (part: OutlinePart | undefined): Link[] => (part?.intro ? [{ label: part.label, href: pagePath(part.intro) }] : []);
const partOf = (collection: 'themes' | 'steps') => outline.find((p) => p.collection === collection);

/** A background article's date as the article gives it; never a guess. */
export const articleDate = (date: string | undefined) => date ?? 'datum onbekend';

/** The one function that says how an entry is named, filed and linked. */
export function describeEntry(entry: GuideEntry): EntryDescription {
  switch (entry.collection) {
    case 'themes': {
      const { number, title, navTitle } = entry.data;
      return {
        entry,
        href: themePath(entry.id),
        title,
        label: `Thema ${number}: ${title}`,
        shortLabel: `Thema ${number}: ${navTitle}`,
        navLabel: `${number}. ${navTitle}`,
        // The guide's menu names four themes shorter than their heading: the kicker says the
        // name the reader clicked, so the longer title is recognisably the same theme.
        kicker: navTitle === title ? `Waarom? · Thema ${number}` : `Waarom? · Thema ${number} · ${navTitle}`,
        printKicker: `Thema ${number}`,
        onderdeel: partOf('themes')!.onderdeel,
        breadcrumbs: introCrumb(partOf('themes')),
        editPath: file('themes', `${entry.id}.mdx`),
        filter: `thema:${number}`,
      };
    }
    case 'steps': {
      const { order, title, colour } = entry.data;
      return {
        entry,
        href: stepPath(entry.id),
        title,
        label: title,
        shortLabel: title,
        // The gears are numbered in the guide's reading order, as on the figure (HoeFigure.astro).
        navLabel: colour === 'grijs' ? title : `${order}. ${title}`,
        kicker: colour === 'grijs' ? 'Hoe? · De cirkel om de tandwielen' : `Hoe? · Stap ${order} · ${colour} tandwiel`,
        printKicker: 'Hoe?',
        onderdeel: partOf('steps')!.onderdeel,
        breadcrumbs: introCrumb(partOf('steps')),
        editPath: file('steps', `${entry.id}.mdx`),
        colour,
      };
    }
    case 'achtergrond':
      return {
        entry,
        href: achtergrondPath(entry.id),
        title: entry.data.title,
        label: entry.data.title,
        shortLabel: entry.data.title,
        navLabel: entry.data.title,
        kicker: `Achtergrond · ${entry.data.publication} · ${articleDate(entry.data.date)}`,
        onderdeel: 'Achtergrond',
        breadcrumbs: [{ label: 'Achtergrond', href: listPath('achtergrond') }],
        editPath: file('achtergrond', `${entry.id}.md`),
      };
    case 'pages': {
      const part = partOfPage(entry.id);
      return {
        entry,
        href: pagePath(entry.id),
        title: entry.data.title,
        label: entry.data.title,
        shortLabel: entry.data.navTitle ?? entry.data.title,
        navLabel: entry.data.navTitle ?? entry.data.title,
        onderdeel: part?.onderdeel ?? 'Algemeen',
        breadcrumbs: [],
        editPath: file('pages', `${entry.id}.mdx`),
      };
    }
  }
}

export interface GuidePart extends OutlinePart {
  /** The part's intro page, then its entries, in reading order. */
  entries: EntryDescription[];
  /** Entries without the intro page. */
  members: EntryDescription[];
}

/** The outline filled with entries: themes by number, steps by order (pure, for tests). */
export function buildGuide(
  parts: OutlinePart[],
  collections: { pages: CollectionEntry<'pages'>[]; themes: CollectionEntry<'themes'>[]; steps: CollectionEntry<'steps'>[] },
): GuidePart[] {
  const page = (id: string) => collections.pages.filter((p) => p.id === id).map(describeEntry);
  return parts.map((part) => {
    const members =
      part.collection === 'themes'
        ? [...collections.themes].sort((a, b) => a.data.number - b.data.number)
        : part.collection === 'steps'
          ? [...collections.steps].sort((a, b) => a.data.order - b.data.order)
          : [];
    const described = [...(part.pages ?? []).flatMap(page), ...members.map(describeEntry)];
    return { ...part, members: described, entries: [...(part.intro ? page(part.intro) : []), ...described] };
  });
}

let guide: Promise<GuidePart[]> | undefined;

/** The outline filled with the entries of content/, in reading order; once per build. */
export function getGuideParts(): Promise<GuidePart[]> {
  guide ??= (async () => {
    const [pages, themes, steps] = await Promise.all([getCollection('pages'), getCollection('themes'), getCollection('steps')]);
    return buildGuide(outline, { pages, themes, steps });
  })();
  return guide;
}

/** Previous and next entry in a reading order. */
export function prevNextIn(order: EntryDescription[], href: string): { prev?: Link; next?: Link } {
  const i = order.findIndex((e) => e.href === href);
  if (i < 0) return {};
  const link = (e?: EntryDescription) => e && { label: e.shortLabel, href: e.href };
  return { prev: link(order[i - 1]), next: link(order[i + 1]) };
}

/** The whole guide in reading order (navigation, prev/next, print page). */
export const getReadingOrder = async () => (await getGuideParts()).flatMap((p) => p.entries);

/** Previous and next entry in the reading order of the whole guide. */
export const getPrevNext = async (href: string) => prevNextIn(await getReadingOrder(), href);
