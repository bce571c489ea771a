import { z } from 'astro/zod';
import { pageBase, plainId, themeNumber, type EntryField } from './common';

/**
 * A related article about the guide or the field. `entry` makes the step fields (see EntryField);
 * themes are named by their number, as everywhere in the guide (thema:3), not by an entry id.
 */
export const achtergrondSchemaWith = <T extends z.ZodType>(entry: EntryField<T>) =>
  pageBase.extend({
    publication: z.string().min(2).describe('Waar het artikel verscheen, voor zover het artikel dat zelf zegt.'),
    date: z
      .string()
      .min(4)
      .optional()
      .describe('Datum zoals het artikel die zelf noemt, bv. "januari 2024". Leeg laten als het artikel geen datum geeft: de site toont dan "datum onbekend" (nooit een geschatte datum).'),
    themes: z.array(themeNumber).default([]).describe('Nummers van de thema\'s waar het artikel over gaat.'),
    steps: z.array(entry('steps')).default([]).describe('Id\'s van de stappen waar het artikel over gaat.'),
    titleByEditors: z
      .boolean()
      .default(false)
      .describe('true als het artikel zelf geen titel heeft en de titel van de redactie is; de pagina meldt dat.'),
  });
/** As editors write it: for the offline checks (validateContent) and the schema tests. */
export const achtergrondSchema = achtergrondSchemaWith(plainId);
export type AchtergrondData = z.infer<typeof achtergrondSchema>;
