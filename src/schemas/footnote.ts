import { z } from 'astro/zod';
import { plainId, type EntryField } from './common';

/** A numbered footnote of the guide; the text is the Markdown body of the file. `entry` makes the step field (see EntryField). */
export const footnoteSchemaWith = <T extends z.ZodType>(entry: EntryField<T>) =>
  z.object({
    number: z.number().int().min(1).describe('Nummer van de voetnoot in de handreiking; uniek, gelijk aan de markering [^nummer] in de tekst.'),
    missing: z
      .boolean()
      .default(false)
      .describe('true als de bronversie naar deze voetnoot verwijst maar de tekst ontbreekt.'),
    unmarkedOn: entry('steps')
      .optional()
      .describe('Id van de stap waar de bronversie de tekst van deze voetnoot afdrukt zonder dat de tekst ernaar verwijst (geen markering); de voetnootpagina meldt dat.'),
  });
/** As editors write it: for the offline checks (validateContent) and the schema tests. */
export const footnoteSchema = footnoteSchemaWith(plainId);
export type FootnoteData = z.infer<typeof footnoteSchema>;
