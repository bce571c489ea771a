import { z } from 'astro/zod';

/** One sentence taken from the guide itself; shown on tiles, in lists and as meta description. */
export const summary = z
  .string()
  .min(20, 'summary is te kort: neem één volledige zin uit de tekst')
  .max(400, 'summary is te lang: één zin is genoeg')
  .describe('Eén zin uit de eigen tekst, gebruikt als samenvatting (tegel, lijst, meta-description).');

/** Fields every readable page shares. */
export const pageBase = z.object({
  title: z.string().min(2).describe('Titel zoals in de handreiking; de URL verandert niet als je dit wijzigt.'),
  summary,
});

/** The colours of the "Hoe?" figure; `grijs` is the circle of continuous activities. */
export const stepColours = ['oranje', 'bruin', 'groen', 'paars', 'blauw', 'grijs'] as const;

export const themeNumber = z
  .number()
  .int()
  .min(1, 'thema-nummers lopen van 1 tot en met 8')
  .max(8, 'thema-nummers lopen van 1 tot en met 8');

/**
 * How a schema makes a field that names another entry by its id (footnote `unmarkedOn`,
 * achtergrond `steps`). src/content.config.ts passes Astro's `reference`, so collection data
 * holds `{ collection, id }` and getEntry() follows it; `reference` exists only inside Astro
 * (astro:content), while validateContent and `npm run check:content` parse the same schemas
 * offline, where the field is the plain id as editors write it (`plainId`). Neither checks that
 * the entry exists (Astro's reference() does not either): validateContent does, with file:line.
 */
export type EntryField<T extends z.ZodType> = (collection: 'steps') => T;
export const plainId: EntryField<z.ZodString> = () => z.string();
