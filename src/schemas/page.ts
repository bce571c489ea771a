import { z } from 'astro/zod';
import { pageBase } from './common';

/** A stand-alone page of the guide (Vooraf, Aanleiding, Colofon …). */
export const pageSchema = pageBase.extend({
  order: z.number().int().min(0).describe('Plaats in de leesvolgorde van de hele handreiking.'),
});
export type PageData = z.infer<typeof pageSchema>;
