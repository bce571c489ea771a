import { z } from 'astro/zod';

/** A quotation; the guide names no speaker for most quotes in "Hoe?", so `person` is optional. */
export const quoteSchema = z.object({
  text: z.string().min(10).describe('De tekst van het citaat, zonder aanhalingstekens.'),
  person: z.string().optional().describe('Naam van wie het zegt, alleen als de handreiking die noemt; anders leeg (er verschijnt dan geen naam).'),
  role: z.string().optional().describe('Functie zoals in de handreiking, bv. "wethouder Leeuwarden".'),
  municipality: z.string().optional().describe('Gemeente, voor het overzicht per gemeente.'),
  organisation: z.string().optional().describe('Organisatie, bv. "Sinne kinderopvang".'),
});
export type QuoteData = z.infer<typeof quoteSchema>;
