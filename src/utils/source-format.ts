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
