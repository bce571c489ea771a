import { getCollection } from 'astro:content';
import { achtergrondPath, pagePath, stepPath, themePath } from './paths';

export interface NavItem {
  label: string;
  href: string;
  /** Colour token of a step, for the coloured dot in the menu. */
  colour?: string;
}
export interface NavSection {
  label: string;
  href: string;
  items: NavItem[];
}

/** The sidebar: the guide's own parts, in reading order. */
export async function getNavigation(): Promise<NavSection[]> {
  const themes = (await getCollection('themes')).sort((a, b) => a.data.number - b.data.number);
  const steps = (await getCollection('steps')).sort((a, b) => a.data.order - b.data.order);
  const articles = (await getCollection('achtergrond')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
  return [
    {
      label: 'Inleiding',
      href: pagePath('vooraf'),
      items: [
        { label: 'Vooraf', href: pagePath('vooraf') },
        { label: 'Aanleiding', href: pagePath('aanleiding') },
      ],
    },
    {
      label: 'Waarom?',
      href: pagePath('waarom'),
      items: themes.map((t) => ({ label: `${t.data.number}. ${t.data.navTitle}`, href: themePath(t.id) })),
    },
    {
      label: 'Hoe?',
      href: pagePath('aan-de-slag'),
      items: steps.map((s) => ({ label: s.data.title, href: stepPath(s.id), colour: s.data.colour })),
    },
    {
      label: 'Achtergrond',
      href: '/achtergrond/',
      items: articles.map((a) => ({ label: a.data.title, href: achtergrondPath(a.id) })),
    },
    {
      label: 'Naslag',
      href: '/bronnen/',
      items: [
        { label: 'Bronnen', href: '/bronnen/' },
        { label: 'Voetnoten', href: '/voetnoten/' },
        { label: 'Citaten', href: '/citaten/' },
        { label: 'Praktijkvoorbeelden', href: '/praktijkvoorbeelden/' },
        { label: 'Begrippen', href: '/begrippen/' },
        { label: 'Hele handreiking (afdrukken)', href: '/hele-handreiking/' },
        { label: 'Colofon', href: pagePath('colofon') },
      ],
    },
  ];
}
