// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.mjs';
import { guideMarkdown } from './src/plugins/index.ts';
import postbuild from './src/integrations/postbuild/index.ts';
import guideContent from './src/integrations/guide-content/index.ts';
import cms from './src/integrations/cms/index.ts';
import siteAddresses from './src/integrations/site-addresses.ts';
import editions from './src/integrations/editions/index.ts';

export default defineConfig({
  site: site.url,
  // A sub-path (SITE_URL https://…/kennisbank/, or SITE_BASE): Astro bases its assets, the
  // base-path page pass (src/integrations/postbuild/base-path.ts) every other root-relative address.
  base: site.base,
  // Tests and the benchmark build other content folders side by side (GUIDE_CONTENT_DIR).
  outDir: process.env.GUIDE_OUT_DIR ?? './dist',
  cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Short URLs (/thema/3/, /stap/2/, /hoe/) are Dutch redirect pages: src/pages/[...kort].astro.
  // The sitemap needs the real public address: without SITE_URL there is none (see site.mjs).
  integrations: [
    siteAddresses(),
    guideContent(),
    mdx(),
    postbuild(),
    cms(),
    // After the site's own pass, search index and address check: editions are in none of them.
    editions(),
    ...(site.url && !site.edition ? [sitemap({ filter: (page) => !/\/(thema|stap)\/|\/(zoeken|hoe)\/$/.test(page) })] : []),
  ],
  markdown: { processor: unified(guideMarkdown()) },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler
        // reports once per content file; Astro handles it. Silenced so real warnings stand out.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
