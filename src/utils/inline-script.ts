import { build } from 'esbuild';
import { resolve } from 'node:path';

const cache = new Map<string, Promise<string>>();

/**
 * A browser module of src/browser/ bundled and minified as an ES module, once per build: for a
 * page's inline <script> (inlineScript) or a file the page script loads when needed (an endpoint
 * in src/pages/). The CSP hashes are taken from the built pages (src/integrations/csp.ts).
 */
export function browserModule(entry: string): Promise<string> {
  if (!cache.has(entry)) {
    // From the project root: this module runs from Astro's bundle, not from src/.
    const entryPoint = resolve('src/browser', entry);
    cache.set(
      entry,
      build({
        entryPoints: [entryPoint],
        bundle: true,
        minify: true,
        // ESM keeps a dynamic import() as is (an IIFE would turn it into require()).
        format: 'esm',
        target: 'es2022',
        write: false,
        legalComments: 'none',
        // Files next to the site, loaded only when needed (a pattern for every '/…' would also
        // match the resolved paths of the modules themselves).
        external: ['/markeer.js', '/pagefind/*'],
      }).then((result) => result.outputFiles[0].text.trim()),
    );
  }
  return cache.get(entry)!;
}

/** The module for an inline <script>: the wrapper keeps its minified names out of the page's global scope. */
export const inlineScript = async (entry: string) => `(()=>{${await browserModule(entry)}})()`;
