import type { SourceData } from '../schemas/source';

/** Dutch label for each type of source, singular and plural. */
export const sourceTypeLabels: Record<SourceData['type'], { one: string; many: string }> = {
  rapport: { one: 'Rapport', many: 'Rapporten en adviezen' },
  wetenschappelijk: { one: 'Wetenschappelijke bron', many: 'Wetenschappelijke bronnen' },
  praktijkvoorbeeld: { one: 'Praktijkvoorbeeld', many: 'Praktijkvoorbeelden' },
  website: { one: 'Website', many: 'Websites' },
  video: { one: 'Video', many: "Video's" },
  wetgeving: { one: 'Wet- en regelgeving', many: 'Wet- en regelgeving' },
  artikel: { one: 'Artikel', many: 'Artikelen' },
  boek: { one: 'Boek', many: 'Boeken' },
  brief: { one: 'Brief', many: 'Brieven' },
};

/** "Slot, P. en Leseman, P. — Universiteit Utrecht (2019)": who and when, for lists. */
export function sourceByline(s: SourceData): string {
  const who = [s.authors?.join(', '), s.organisation].filter(Boolean).join(' — ');
  return [who, s.year ? `(${s.year})` : ''].filter(Boolean).join(' ');
}

/** Where a source's link comes from: the guide itself, the editors (confirmed elsewhere), or nowhere. */
export type LinkOrigin = 'handreiking' | 'redactie' | 'onbekend';
export function linkOrigin(s: SourceData): LinkOrigin {
  if (!s.url) return 'onbekend';
  return s.urlInHandreiking ? 'handreiking' : 'redactie';
}

/** The Internet Archive's copy of an address as it was in 2020, the year of the guide. */
export const archiveUrl = (url: string) => `https://web.archive.org/web/2020/${url}`;

/** "2026-12-02" → "2 december 2026". */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** How many sources have a link from the guide, from the editors, or none: for /bronnen/ and /verantwoording/. */
export function linkCounts(sources: SourceData[]): Record<LinkOrigin, number> & { searched: number; aboutOnly: number } {
  const count = (o: LinkOrigin) => sources.filter((s) => linkOrigin(s) === o).length;
  return {
    handreiking: count('handreiking'),
    redactie: count('redactie'),
    onbekend: count('onbekend'),
    searched: sources.filter((s) => !s.url && s.urlGezocht).length,
    aboutOnly: sources.filter((s) => linkOrigin(s) === 'redactie' && s.urlSoort === 'over-publicatie').length,
  };
}
