import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../../config/site.mjs';
import { htmlFiles } from './html-files';
import { getSearchGlossary } from '../../utils/search-glossary';
import { applyContentSecurityPolicy } from './csp';
import { headersFileRule, securityHeaders, writeNginxHeaders } from '../shared/headers';
import { rewritePage } from './page-passes';
import { indexSite } from '../search-index';

/**
 * One pass over the built HTML, each page read, parsed and written once: the page passes
 * (page-passes.ts: scoped ids, footnote popovers, print marks, heading hyphens), then the
 * Content-Security-Policy (it hashes the final inline scripts of all pages), also written as
 * response headers for the web servers. Last, the final HTML is indexed for search (Pagefind
 * plus its vocabulary); the pages carry no search-only text.
 */
export default function postbuild(): AstroIntegration {
  return {
    name: 'guide-postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const glossary = getSearchGlossary();
        const files = htmlFiles(root);
        const pages = files.map((file) => ({ html: rewritePage(readFileSync(file, 'utf8')) }));
        const secured = applyContentSecurityPolicy(pages);
        files.forEach((file, i) => writeFileSync(file, secured.pages[i]));
        // The same headers for two kinds of host: _headers (Netlify/Cloudflare) and nginx (deploy/).
        const headers = securityHeaders(secured.headerPolicy);
        writeFileSync(join(root, '_headers'), headersFileRule(`${site.base}*`, headers));
        writeNginxHeaders(root, 'site-headers.conf', headers);
        const indexed = await indexSite(root, glossary);
        logger.info(`zoekindex: ${indexed.pages} pagina's, woordenlijst ${(indexed.vocabularyBytes / 1024).toFixed(1)} KB`);
      },
    },
  };
}
