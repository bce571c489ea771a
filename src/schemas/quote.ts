import { z } from 'astro/zod';

/** A quotation; koplopers in "Hoe?" speak anonymously, so `person` is optional. */
export const quoteSchema = z.object({
  text: z.string().min(10).describe('De tekst van het citaat, zonder aanhalingstekens.'),
  person: z.string().optional().describe('Naam van wie het zegt; leeg bij een anonieme koploper.'),
  role: z.string().optional().describe('Functie zoals in de handreiking, bv. "wethouder Leeuwarden".'),
  municipality: z.string().optional().describe('Gemeente, voor het overzicht per gemeente.'),
  organisation: z.string().optional().describe('Organisatie, bv. "Sinne kinderopvang".'),
});
export type QuoteData = z.infer<typeof quoteSchema>;
