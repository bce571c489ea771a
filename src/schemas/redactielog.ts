import { z } from 'astro/zod';

export const logKinds = ['correctie', 'navigatie', 'duplicaat', 'variant', 'afgebroken', 'gat', 'link'] as const;

/** One editorial decision about the PDF export; also read by the fidelity test. */
export const logEntrySchema = z.object({
  soort: z.enum(logKinds).describe(`Soort ingreep: ${logKinds.join(', ')}.`),
  bron: z.string().min(1).describe('Exacte tekst uit de bronversie waar het om gaat.'),
  wordt: z
    .string()
    .optional()
    .describe('Vervangende tekst ("" = weggelaten); de getrouwheidstest past dit toe op de bronversie.'),
  toelichting: z.string().min(5).describe('Waarom deze ingreep.'),
});
export type LogEntry = z.infer<typeof logEntrySchema>;
