import { z } from 'astro/zod';
import { pageBase, themeNumber } from './common';

/** A theme of "Waarom?": one of the eight arguments for municipal policy. */
export const themeSchema = pageBase.extend({
  number: themeNumber.describe('Nummer van het thema in de handreiking (1-8); verwijzingen als thema:3 gebruiken dit.'),
  navTitle: z.string().min(2).describe('Korte naam uit de zijbalk van de handreiking, voor menu en tegels.'),
});
export type ThemeData = z.infer<typeof themeSchema>;
