/**
 * Where search's files live in dist/: Pagefind's bundle, and the vocabulary the build writes
 * beside its index. Relative, so the build writes them under dist/ and the browser asks for them
 * under Astro's base (`import.meta.env.BASE_URL`: '/' or a sub-path such as '/kennisbank/').
 */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_PATH = `${PAGEFIND_DIR}/pagefind.js`;
export const VOCABULARY_PATH = `${PAGEFIND_DIR}/woorden.json`;

/** The address of a search file under the site's base path. */
export const underBase = (base: string, path: string) => `${base.endsWith('/') ? base : `${base}/`}${path}`;
