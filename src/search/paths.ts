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

/**
 * A result's address with every matched word to highlight on arrival (`?markeer=`, read by
 * src/browser/search-hits.ts), opening at the section `anchor`. No text fragment (#…:~:text=):
 * the highlighter changes the text Chromium searches for it, which then at times gives up and
 * scrolls back to the heading; the page script shows the section's first hit instead.
 */
export function resultUrl(url: string, param: string, words: string[], anchor: string): string {
  const [path, query = ''] = url.split('#')[0].split('?');
  const params = new URLSearchParams(query);
  params.delete(param);
  for (const w of new Set(words)) params.append(param, w);
  return `${path}?${params}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
