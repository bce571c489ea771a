import { z } from 'astro/zod';
import { pageBase } from './common';

/** A stand-alone page of the guide (Vooraf, Aanleiding, Colofon …). */
// The reading order is not a field: src/config/outline.ts places every page.
export const pageSchema = pageBase.extend({
  navTitle: z.string().min(2).optional().describe('Korte naam voor menu en vorige/volgende, als de titel lang is.'),
});
export type PageData = z.infer<typeof pageSchema>;
