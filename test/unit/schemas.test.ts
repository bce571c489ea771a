import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { achtergrondSchema } from '../../src/schemas/achtergrond';
import { exampleSchema } from '../../src/schemas/example';
import { footnoteSchema } from '../../src/schemas/footnote';
import { pageSchema } from '../../src/schemas/page';
import { quoteAttribution, quoteSchema } from '../../src/schemas/quote';
import { logEntrySchema } from '../../src/schemas/redactielog';
import { sourceSchema } from '../../src/schemas/source';
import { stepSchema } from '../../src/schemas/step';
import { themeSchema } from '../../src/schemas/theme';

const schemas = { achtergrondSchema, exampleSchema, footnoteSchema, pageSchema, quoteSchema, logEntrySchema, sourceSchema, stepSchema, themeSchema };

describe('schemas explain themselves to editors', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: every field has a description`, () => {
      const shape = (schema as z.ZodObject).shape;
      const undescribed = Object.entries(shape)
        .filter(([, field]) => !(field as z.ZodType).description)
        .map(([key]) => key);
      expect(undescribed).toEqual([]);
    });
  }

  it('rejects what the build must reject, with the field in the message', () => {
    const bad = themeSchema.safeParse({ title: 'T', summary: 'kort', number: 9, navTitle: 'N' });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'summary', 'number']));
    expect(sourceSchema.safeParse({ id: 'x', title: 'Titel', type: 'rapport', url: 'geen-url' }).success).toBe(false);
    const guideLink = { id: 'x', title: 'Titel', type: 'rapport', url: 'https://uitgever.nl/r', urlInHandreiking: true };
    expect(sourceSchema.safeParse(guideLink).success).toBe(true);
    // "about the publication" only describes a link the editors found, never the guide's own.
    expect(sourceSchema.safeParse({ ...guideLink, urlSoort: 'over-publicatie' }).success).toBe(false);
    expect(stepSchema.safeParse({ title: 'Stap', summary: 'Een zin die lang genoeg is.', order: 1, colour: 'roze' }).success).toBe(false);
  });
});

describe('quote attribution', () => {
  const base = { text: 'Een citaat dat lang genoeg is.', person: 'Ana de Vries', role: 'wethouder Ergens' };

  it('prints "naam, functie" unless the quote gives the line as printed', () => {
    expect(quoteAttribution(quoteSchema.parse(base))).toBe('Ana de Vries, wethouder Ergens');
    expect(quoteAttribution(quoteSchema.parse({ ...base, attribution: 'Ana de Vries wethouder Ergens' }))).toBe('Ana de Vries wethouder Ergens');
    expect(quoteAttribution(quoteSchema.parse({ text: base.text }))).toBe('');
  });

  it('a printed line may only differ in what joins name and role', () => {
    for (const attribution of ['Bert Jansen wethouder Ergens', 'Ana de Vries, wethouder Elders']) {
      const bad = quoteSchema.safeParse({ ...base, attribution });
      expect(bad.success).toBe(false);
      expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['attribution']);
    }
    expect(quoteSchema.safeParse({ text: base.text, attribution: 'Iemand' }).success).toBe(false);
  });
});
