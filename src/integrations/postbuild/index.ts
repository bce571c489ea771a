import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../../config/site.mjs';
import { getSearchGlossary } from '../../utils/search-glossary';
import { adminHeadersFileRule, writeAdmin } from '../cms';
import { indexSite } from '../search-index';
import { headersFileRule, securityHeaders, writeNginxHeaders } from '../shared/headers';
import { builtSite, checkAddresses, servedPath } from './address-check';
import { applyContentSecurityPolicy } from './csp';
import { htmlFiles } from './html-files';
import { passPage } from './page-passes';

/**
 * The one step after `astro build`, in this order (each needs the one before it):
 * 1. every page read, parsed and passed once (page-passes.ts: scoped ids, footnote popovers,
 *    print marks, heading hyphens), keeping only its HTML and its ids;
 * 2. the Content-Security-Policy (it hashes the final inline scripts of all pages), pages written once;
 * 3. the response headers of the site and of /admin/, for both kinds of host in one go:
 *    _headers (Netlify/Cloudflare) and nginx snippets (deploy/);
 * 4. the CMS's own files under /admin/ (never a page of the site);
 * 5. the search index of the final HTML (Pagefind plus its vocabulary); the pages carry no search-only text;
 * 6. the register of published addresses, against the ids of step 1: last, so a lost address
 *    fails a build that is otherwise complete (and shows that it is the only problem).
 */
export default function postbuild(): AstroIntegration {
  return {
    name: 'guide-postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        const pages = files.map((file) => {
          try {
            return passPage(readFileSync(file, 'utf8'));
          } catch (error) {
            throw new Error(`${servedPath(root, file)}: ${(error as Error).message}`, { cause: error });
          }
        });

        const secured = applyContentSecurityPolicy(pages);
        files.forEach((file, i) => writeFileSync(file, secured.pages[i]));

        const headers = securityHeaders(secured.headerPolicy);
        writeFileSync(join(root, '_headers'), headersFileRule(`${site.base}*`, headers) + adminHeadersFileRule());
        writeNginxHeaders(root, 'site-headers.conf', headers);

        writeAdmin(root);

        const indexed = await indexSite(root, getSearchGlossary());
        logger.info(`zoekindex: ${indexed.pages} pagina's, woordenlijst ${(indexed.vocabularyBytes / 1024).toFixed(1)} KB`);

        checkAddresses(builtSite(files.map((file, i) => ({ path: servedPath(root, file), ...pages[i] }))), logger);
      },
    },
  };
}
