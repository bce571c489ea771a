import { build } from 'esbuild';
import { resolve } from 'node:path';

const cache = new Map<string, Promise<string>>();

/**
 * A browser module of src/browser/ bundled and minified for a page's inline <script>, once per
 * build. The CSP hashes are taken from the built pages (src/integrations/csp.ts), so they follow.
 */
export function inlineScript(entry: string): Promise<string> {
  if (!cache.has(entry)) {
    // From the project root: this module runs from Astro's bundle, not from src/.
    const entryPoint = resolve('src/browser', entry);
    cache.set(
      entry,
      build({
        entryPoints: [entryPoint],
        bundle: true,
        minify: true,
        // ESM keeps the dynamic import() as is (an IIFE would turn it into require()); the
        // wrapper keeps the minified names out of the page's global scope.
        format: 'esm',
        target: 'es2022',
        write: false,
        legalComments: 'none',
        // Pagefind's highlighter is built next to the site and loaded only after a search.
        external: ['/pagefind/*'],
      }).then((result) => `(()=>{${result.outputFiles[0].text.trim()}})()`),
    );
  }
  return cache.get(entry)!;
}
