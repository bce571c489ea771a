import { getCollection } from 'astro:content';
import { describeEntry, getGuideParts } from './guide';
import { listPath, pagePath } from '../content-model/paths';

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

/** The sidebar: the guide's parts in reading order (src/config/outline.ts), then background and reference. */
export async function getNavigation(): Promise<NavSection[]> {
  const parts = (await getGuideParts()).filter((p) => p.inNavigation !== false);
  const articles = (await getCollection('achtergrond')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl')).map(describeEntry);
  const item = (e: { navLabel: string; href: string; colour?: string }): NavItem => ({ label: e.navLabel, href: e.href, ...(e.colour && { colour: e.colour }) });
  return [
    ...parts.map((part) => ({
      label: part.label,
      href: part.intro ? pagePath(part.intro) : part.members[0]?.href ?? '/',
      items: part.members.map(item),
    })),
    { label: 'Achtergrond', href: listPath('achtergrond'), items: articles.map(item) },
    {
      label: 'Naslag',
      href: listPath('bronnen'),
      items: [
        { label: 'Bronnen', href: listPath('bronnen') },
        { label: 'Voetnoten', href: listPath('voetnoten') },
        { label: 'Citaten', href: listPath('citaten') },
        { label: 'Praktijkvoorbeelden', href: listPath('praktijkvoorbeelden') },
        { label: 'Begrippen', href: listPath('begrippen') },
        { label: 'Hele handreiking (afdrukken)', href: listPath('heleHandreiking') },
        { label: 'Colofon', href: pagePath('colofon') },
      ],
    },
  ];
}
