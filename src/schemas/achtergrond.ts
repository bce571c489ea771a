import { z } from 'astro/zod';
import { pageBase, themeNumber } from './common';

/** A related article about the guide or the field. */
export const achtergrondSchema = pageBase.extend({
  publication: z.string().min(2).describe('Waar het artikel verscheen, voor zover het artikel dat zelf zegt.'),
  themes: z.array(themeNumber).default([]).describe('Nummers van de thema\'s waar het artikel over gaat.'),
  steps: z.array(z.string()).default([]).describe('Id\'s van de stappen waar het artikel over gaat.'),
  titleByEditors: z
    .boolean()
    .default(false)
    .describe('true als het artikel zelf geen titel heeft en de titel van de redactie is; de pagina meldt dat.'),
});
export type AchtergrondData = z.infer<typeof achtergrondSchema>;
