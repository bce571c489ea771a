import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Registry } from '../content-model/registry';
import { headingLinkGroup, headingLinkProperties } from './heading-link';
import { remarkComponentIds } from './remark-component-ids';
import { remarkFootnoteMarkers } from './remark-footnote-markers';
import { remarkGuideRefs } from './remark-guide-refs';
import { remarkPlainText } from './remark-plain-text';
import { remarkHeadingIds } from './remark-heading-ids';

/**
 * The guide's Markdown pipeline, shared by astro.config.mjs and the unit tests (which inject a
 * fixture registry). Order matters: references are resolved before footnote markers are built, and the plain
 * text is recorded last. Every plugin records what it resolved in the render result (content-model/mentions.ts).
 */
export function guideMarkdown(options: { registry?: Registry } = {}): UnifiedProcessorOptions {
  return {
    remarkPlugins: [
      // First: takes the `{#id}` anchors out of the text before anything reads it.
      remarkHeadingIds,
      [remarkGuideRefs, options],
      [remarkFootnoteMarkers, options],
      [remarkComponentIds, options],
      remarkPlainText,
    ],
    rehypePlugins: [
      rehypeSlug,
      [rehypeAutolinkHeadings, { behavior: 'after', group: headingLinkGroup, properties: headingLinkProperties, content: [] }],
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], protocols: ['http', 'https'] }],
    ],
    // Local GFM footnotes are rare here (the guide's footnotes are central) but must speak Dutch.
    remarkRehype: { footnoteLabel: 'Voetnoten', footnoteBackLabel: 'Terug naar de tekst' },
  };
}
