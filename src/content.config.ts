import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { achtergrondSchemaWith } from './schemas/achtergrond';
import { exampleSchema } from './schemas/example';
import { footnoteSchemaWith } from './schemas/footnote';
import { pageSchema } from './schemas/page';
import { quoteSchema } from './schemas/quote';
import { sourceSchema } from './schemas/source';
import { stepSchema } from './schemas/step';
import { themeSchema } from './schemas/theme';
import { contentDir } from './content-model/content-dir';

// The guide lives in ./content (not src/content): editors own that folder.
// deferRender: Markdown is rendered while the page builds, so a bad reference fails the build
// (rendering during content sync only logs the error and ships an empty page).
// Fields that name a step are Astro references ({ collection, id }); see EntryField in schemas/common.ts.
const base = (name: string) => `${contentDir}/${name}`;
// The same YAML parser as `npm run check:content` (src/content-model/content-files.ts): dates such as
// urlGecontroleerd: 2026-12-02 stay text (Astro's default YAML parser would make them a Date).
const yamlAsText = { parser: (text: string) => parseYaml(text) };

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('pages') }), schema: pageSchema }),
  themes: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('themes') }), schema: themeSchema }),
  steps: defineCollection({ loader: glob({ pattern: '*.mdx', base: base('steps') }), schema: stepSchema }),
  footnotes: defineCollection({ loader: glob({ pattern: '*.md', base: base('footnotes'), deferRender: true }), schema: footnoteSchemaWith(reference) }),
  sources: defineCollection({ loader: file(base('sources/sources.yaml'), yamlAsText), schema: sourceSchema }),
  quotes: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('quotes') }), schema: quoteSchema }),
  examples: defineCollection({ loader: glob({ pattern: '*.md', base: base('examples'), deferRender: true }), schema: exampleSchema }),
  achtergrond: defineCollection({
    loader: glob({ pattern: '*.md', base: base('achtergrond'), deferRender: true }),
    schema: achtergrondSchemaWith(reference),
  }),
};
