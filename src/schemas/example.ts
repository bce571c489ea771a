import { z } from 'astro/zod';

/** A practice example from a municipality; the text is the Markdown body. */
export const exampleSchema = z.object({
  municipality: z.string().optional().describe('Gemeente van het voorbeeld; leeg als de handreiking die niet noemt.'),
});
export type ExampleData = z.infer<typeof exampleSchema>;
