import { describe, expect, it } from 'vitest';
import { outline } from '../../src/config/outline';
import { buildGuide, describeEntry, prevNextIn, type GuideEntry } from '../../src/utils/guide';

// Entries as the content layer gives them, with only the fields the guide model reads.
const page = (id: string, title: string, navTitle?: string) => ({ id, collection: 'pages', data: { title, navTitle, summary: '' } });
const theme = (id: string, number: number) => ({ id, collection: 'themes', data: { title: `Thema-titel ${number}`, navTitle: `Kort ${number}`, number, summary: '' } });
const step = (id: string, order: number, colour: string) => ({ id, collection: 'steps', data: { title: `Stap ${id}`, order, colour, summary: '' } });
const collections = {
  pages: ['colofon', 'waarom', 'vooraf', 'aan-de-slag'].map((id) => page(id, id)).concat(page('aanleiding', 'Aanleiding: waarom?', 'Aanleiding')),
  themes: [theme('b', 2), theme('a', 1)],
  steps: [step('cirkel', 6, 'grijs'), step('start', 1, 'oranje')],
} as unknown as Parameters<typeof buildGuide>[1];
const order = buildGuide(outline, collections).flatMap((p) => p.entries);

describe('the outline: one reading order for navigation, home, print and prev/next', () => {
  it('reads "waarom en hoe": intro, Waarom? with its themes by number, Hoe? with its steps by order, colofon', () => {
    expect(order.map((e) => e.href)).toEqual([
      '/vooraf/', '/aanleiding/', '/waarom/', '/waarom/a/', '/waarom/b/', '/aan-de-slag/', '/hoe/start/', '/hoe/cirkel/', '/colofon/',
    ]);
  });

  it('links prev/next across parts, so the last theme leads to Hoe? and Vooraf has a next', () => {
    expect(prevNextIn(order, '/waarom/b/')).toEqual({ prev: { label: 'Thema 1: Kort 1', href: '/waarom/a/' }, next: { label: 'aan-de-slag', href: '/aan-de-slag/' } });
    expect(prevNextIn(order, '/vooraf/')).toEqual({ prev: undefined, next: { label: 'Aanleiding', href: '/aanleiding/' } });
    expect(prevNextIn(order, '/colofon/').next).toBeUndefined();
    expect(prevNextIn(order, '/bronnen/')).toEqual({});
  });
});

describe('describeEntry: every label of an entry from one function', () => {
  it('names a theme in full, short and in the menu', () => {
    const d = describeEntry(theme('a', 4) as unknown as GuideEntry);
    expect(d).toMatchObject({
      href: '/waarom/a/',
      label: 'Thema 4: Thema-titel 4',
      shortLabel: 'Thema 4: Kort 4',
      navLabel: '4. Kort 4',
      // The menu's shorter name, so the reader recognises the theme they clicked.
      kicker: 'Waarom? · Thema 4 · Kort 4',
      onderdeel: 'Waarom',
      breadcrumbs: [{ label: 'Waarom?', href: '/waarom/' }],
      editPath: 'content/themes/a.mdx',
      filter: 'thema:4',
    });
  });

  it("dates a background article as the article does, and says so when it gives no date", () => {
    const article = (date?: string) => ({ id: 'a', collection: 'achtergrond', data: { title: 'Artikel', publication: 'KIK', summary: '', ...(date && { date }) } }) as unknown as GuideEntry;
    expect(describeEntry(article('januari 2024')).kicker).toBe('Achtergrond · KIK · januari 2024');
    expect(describeEntry(article()).kicker).toBe('Achtergrond · KIK · datum onbekend');
  });

  it('gives a step its colour and number, and the circle its own kicker', () => {
    expect(describeEntry(step('analyse', 2, 'bruin') as unknown as GuideEntry)).toMatchObject({ kicker: 'Hoe? · Stap 2 · bruin tandwiel', navLabel: '2. Stap analyse', colour: 'bruin', breadcrumbs: [{ label: 'Hoe?', href: '/aan-de-slag/' }] });
    expect(describeEntry(step('cirkel', 6, 'grijs') as unknown as GuideEntry)).toMatchObject({ kicker: 'Hoe? · De cirkel om de tandwielen', navLabel: 'Stap cirkel' });
  });

  it('uses a page\'s short title in the menu and its full title elsewhere', () => {
    expect(describeEntry(page('aanleiding', 'Aanleiding: waarom?', 'Aanleiding') as unknown as GuideEntry)).toMatchObject({ label: 'Aanleiding: waarom?', navLabel: 'Aanleiding', onderdeel: 'Algemeen' });
  });
});
