import { z } from 'astro/zod';

export const logKinds = ['correctie', 'navigatie', 'duplicaat', 'variant', 'afgebroken', 'gat', 'link'] as const;

/**
 * On what ground a text was changed or deliberately left alone:
 * - schone-kopie: hersteld naar de schone versie van dezelfde tekst elders in de bronversie;
 * - context: verbeterd op grond van de context: een vermoeden van de redactie, geen bron;
 * - typografie: dezelfde woorden, alleen het juiste teken (de apostrof in ’t, een spatie);
 * - behouden: bewust gelaten zoals in de bronversie, hoewel het er een fout lijkt.
 */
export const logGrounds = ['schone-kopie', 'context', 'typografie', 'behouden'] as const;

/** One editorial decision about the PDF export; also read by the fidelity test. */
export const logEntrySchema = z
  .object({
    soort: z.enum(logKinds).describe(`Soort ingreep: ${logKinds.join(', ')}.`),
    sectie: z
      .string()
      .min(3)
      .describe(
        'De sectie van de bronversie waarin de bron-tekst staat, bv. "thema:2 / Uitgewerkt", "stap:visie", "voetnoot:13", "achtergrond:<id>" of "zijbalk" (zie test/fixtures/bron/secties.yaml).',
      ),
    bron: z.string().min(1).describe('Exacte tekst uit de bronversie waar het om gaat; staat precies `keer` keer in de sectie.'),
    keer: z
      .number()
      .int()
      .min(2)
      .optional()
      .describe('Hoe vaak de bron-tekst in de sectie staat, als dat vaker dan één keer is (de ingreep geldt dan voor elke keer).'),
    wordt: z
      .string()
      .optional()
      .describe('Vervangende tekst ("" = weggelaten); de getrouwheidstest past dit toe op de sectie.'),
    grond: z
      .enum(logGrounds)
      .optional()
      .describe(
        'Bij een correctie: schone-kopie (hersteld uit een schone kopie elders in de bronversie), context (verbeterd uit de context: een vermoeden), typografie (zelfde woorden, juist teken) of behouden (bewust gelaten).',
      ),
    toelichting: z.string().min(5).describe('Waarom deze ingreep.'),
  })
  .superRefine((e, ctx) => {
    if (e.soort === 'correctie' && !e.grond) {
      ctx.addIssue({ code: 'custom', path: ['grond'], message: 'een correctie zegt op welke grond: schone-kopie, context, typografie of behouden' });
    }
    if (e.grond === 'behouden' && e.wordt !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['wordt'], message: 'een behouden tekst heeft geen wordt' });
    }
    if (e.grond && e.grond !== 'behouden' && e.wordt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['wordt'], message: 'een verbetering zegt wat de tekst wordt' });
    }
  });
export type LogEntry = z.infer<typeof logEntrySchema>;

/**
 * One text the editors wrote on pages of the guide (content/redactie/eigen-tekst.yaml). The
 * fidelity test allows it on the pages it names; `bij` lets a component show it itself.
 */
export const editorialTextSchema = z.object({
  paginas: z
    .array(z.string().regex(/^\/(?:[^\s*]*\/)?\*?$/, 'een URL-pad dat begint en eindigt met "/", of eindigt met "*" (alle pagina\'s die zo beginnen)'))
    .min(1)
    .describe('De pagina\'s (URL-pad) waar de tekst staat; "/bronnen/*" = elke pagina die zo begint.'),
  tekst: z
    .string()
    .min(3)
    .describe('De tekst zoals de lezer die ziet. Een link schrijf je als [woorden](/pad/); {naam} staat voor een waarde uit de gegevens (een datum, een titel).'),
  toelichting: z.string().min(5).describe('Waarom deze tekst er staat.'),
  bij: z
    .array(z.string().regex(/^[a-z0-9:-]+$/, 'een sleutel als "voetnoot:4", "bron:<id>" of "voetnoot-ontbreekt"'))
    .optional()
    .describe('Waar de site de tekst zelf toont: "voetnoot-ontbreekt" (bij elke ontbrekende voetnoot), "voetnoot:4" (bij voetnoot 4), "bron:<id>" (op die bronpagina).'),
});
export type EditorialTextEntry = z.infer<typeof editorialTextSchema>;
