import { z } from 'astro/zod';

export const sourceTypes = [
  'rapport',
  'wetenschappelijk',
  'praktijkvoorbeeld',
  'website',
  'video',
  'wetgeving',
  'artikel',
  'boek',
  'brief',
] as const;

/** A publication, website, video or law the guide refers to; one entry per source. */
export const sourceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'id: kleine letters, cijfers en streepjes')
    .describe('Vaste id, ook het adres /bronnen/<id>/; verwijs ernaar met [titel](bron:<id>). Niet wijzigen.'),
  title: z.string().min(2).describe('Titel zoals de handreiking die noemt.'),
  description: z.string().optional().describe('Ondertitel of korte omschrijving uit de handreiking.'),
  authors: z.array(z.string()).optional().describe('Auteurs (personen).'),
  organisation: z.string().optional().describe('Organisatie of uitgever.'),
  year: z.number().int().min(1900).max(2030).optional().describe('Jaar van verschijnen.'),
  type: z.enum(sourceTypes).describe(`Soort bron: ${sourceTypes.join(', ')}.`),
  url: z
    .url({ protocol: /^https?$/, message: 'url moet een volledige http(s)-link zijn' })
    .optional()
    .describe('Alleen een link die echt bekend is; zonder url toont de site "link onbekend".'),
});
export type SourceData = z.infer<typeof sourceSchema>;
