import { z } from 'astro/zod';

/** A quotation; the guide names no speaker for most quotes in "Hoe?", so `person` is optional. */
export const quoteSchema = z
  .object({
    text: z.string().min(10).describe('De tekst van het citaat, zonder aanhalingstekens.'),
    person: z.string().optional().describe('Naam van wie het zegt, alleen als de handreiking die noemt; anders leeg (er verschijnt dan geen naam).'),
    role: z.string().optional().describe('Functie zoals in de handreiking, bv. "wethouder Leeuwarden".'),
    attribution: z
      .string()
      .optional()
      .describe(
        'Alleen als de handreiking naam en functie anders drukt dan "naam, functie" (bv. zonder komma): de naamregel letterlijk zoals in de handreiking.',
      ),
    municipality: z.string().optional().describe('Gemeente, voor het overzicht per gemeente.'),
    organisation: z.string().optional().describe('Organisatie, bv. "Sinne kinderopvang".'),
  })
  .superRefine((q, ctx) => {
    // The printed line may differ from "person, role" only in how the two are joined.
    const a = q.attribution;
    if (a === undefined) return;
    if (!q.person || !a.startsWith(q.person) || (q.role !== undefined && !a.endsWith(q.role))) {
      ctx.addIssue({
        code: 'custom',
        path: ['attribution'],
        message: 'de naamregel moet beginnen met "person" en eindigen op "role"; alleen wat ertussen staat mag anders zijn',
      });
    }
  });
export type QuoteData = z.infer<typeof quoteSchema>;

/** The caption line under a quote, as the guide prints it: "naam, functie" unless it says otherwise. */
export const quoteAttribution = (q: QuoteData): string =>
  q.attribution ?? [q.person, q.role].filter(Boolean).join(', ');
