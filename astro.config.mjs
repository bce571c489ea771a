// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.mjs';
import { guideMarkdown } from './src/plugins/index.ts';
import postbuild from './src/integrations/postbuild.ts';

export default defineConfig({
  site: site.url,
  // Tests and the benchmark build other content folders side by side (GUIDE_CONTENT_DIR).
  outDir: process.env.GUIDE_OUT_DIR ?? './dist',
  cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Short URLs (/thema/3/, /stap/2/, /hoe/) are Dutch redirect pages: src/pages/[...kort].astro.
  integrations: [mdx(), postbuild(), sitemap({ filter: (page) => !/\/(thema|stap)\/|\/(zoeken|hoe)\/$/.test(page) })],
  markdown: { processor: unified(guideMarkdown()) },
  vite: { plugins: [tailwindcss()] },
});
