import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchGlossary } from '../utils/search-glossary';
import { PAGEFIND_DIR, VOCABULARY_PATH } from '../search/paths.ts';
import { buildVocabulary, type IndexedPage } from '../search/vocabulary.ts';

/**
 * Index the built site with Pagefind's Node API (as Starlight does), so `astro build` alone
 * yields a searchable dist/. Pagefind's fragments hold exactly the text it indexed: the
 * vocabulary for query-time expansion is derived from them, never from a second reading of the HTML.
 */
export async function indexSite(root: string, glossary: SearchGlossary): Promise<{ pages: number; vocabularyBytes: number }> {
  const fail = (what: string, errors: string[]) => {
    throw new Error(`Zoekindex (Pagefind): ${what} mislukt: ${errors.join('; ')}`);
  };
  const created = await pagefind.createIndex({});
  if (!created.index) fail('index aanmaken', created.errors);
  const index = created.index!;
  try {
    const added = await index.addDirectory({ path: root });
    if (added.errors.length) fail('pagina’s toevoegen', added.errors);
    if (added.page_count === 0) fail('indexeren', ['geen enkele pagina met data-pagefind-body gevonden']);
    const { files, errors } = await index.getFiles();
    if (errors.length) fail('index opvragen', errors);
    const pages = files.filter((f) => /(^|\/)fragment\/[^/]+\.pf_fragment$/.test(f.path)).map(decodeFragment);
    const written = await index.writeFiles({ outputPath: join(root, PAGEFIND_DIR) });
    if (written.errors.length) fail('index schrijven', written.errors);
    const json = JSON.stringify(buildVocabulary(pages, glossary));
    mkdirSync(join(root, PAGEFIND_DIR), { recursive: true });
    writeFileSync(join(root, VOCABULARY_PATH), json);
    return { pages: pages.length, vocabularyBytes: Buffer.byteLength(json) };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** A fragment file is gzip of "pagefind_dcd" + JSON (Pagefind's own format, see pagefind.js `decompress`). */
function decodeFragment(file: { path: string; content: Uint8Array }): IndexedPage {
  const bytes = gunzipSync(file.content);
  const json = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8'));
  return { id: basename(file.path, '.pf_fragment'), url: json.url, content: json.content, meta: json.meta ?? {}, filters: json.filters ?? {} };
}
