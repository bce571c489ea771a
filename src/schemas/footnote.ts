import { z } from 'astro/zod';

/** A numbered footnote of the guide; the text is the Markdown body of the file. */
export const footnoteSchema = z.object({
  number: z.number().int().min(1).describe('Nummer van de voetnoot in de handreiking; uniek.'),
  missing: z
    .boolean()
    .default(false)
    .describe('true als de bronversie naar deze voetnoot verwijst maar de tekst ontbreekt.'),
  unmarkedOn: z
    .string()
    .optional()
    .describe('Id van de stap waar de bronversie de tekst van deze voetnoot afdrukt zonder dat de tekst ernaar verwijst (geen markering); de voetnootpagina meldt dat.'),
});
export type FootnoteData = z.infer<typeof footnoteSchema>;
