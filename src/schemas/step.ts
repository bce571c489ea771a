import { z } from 'astro/zod';
import { pageBase, stepColours } from './common';

const activity = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'id: kleine letters, cijfers en streepjes (gelijk aan het anker van de kop)')
    .describe('Anker van de kop van deze activiteit in de tekst, bv. doen-en-communiceren.'),
  title: z.string().min(2).describe('Naam van de doorlopende activiteit, gelijk aan de kop in de tekst.'),
});

/** A step of "Hoe?": a coloured gear, or the circle of continuous activities around them. */
export const stepSchema = pageBase.extend({
  order: z.number().int().min(1).max(6).describe('Volgorde in "Hoe?" (1 = startpunt … 6 = de cirkel).'),
  colour: z.enum(stepColours).describe('Kleur van het tandwiel: oranje, bruin, groen, paars, blauw; de cirkel is grijs.'),
  activities: z
    .array(activity)
    .optional()
    .describe('Alleen voor de cirkel: de vijf doorlopende activiteiten, in volgorde.'),
});
export type StepData = z.infer<typeof stepSchema>;
