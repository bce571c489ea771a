// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import { site } from './src/config/site.mjs';
import { remarkGuideRefs } from './src/plugins/remark-guide-refs.ts';
import { remarkFootnoteMarkers } from './src/plugins/remark-footnote-markers.ts';
import { remarkComponentIds } from './src/plugins/remark-component-ids.ts';
import { headingLinkContent } from './src/plugins/heading-link.ts';
import { redirects } from './src/config/redirects.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  redirects,
  integrations: [mdx(), sitemap()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGuideRefs, remarkFootnoteMarkers, remarkComponentIds],
      rehypePlugins: [
        rehypeSlug,
        [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-link'] }, content: headingLinkContent }],
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], protocols: ['http', 'https'] }],
      ],
      // Local GFM footnotes are rare here (the guide's footnotes are central), but must speak Dutch.
      remarkRehype: { footnoteLabel: 'Voetnoten', footnoteBackLabel: 'Terug naar de tekst' },
    }),
  },
  vite: { plugins: [tailwindcss()] },
});
