// Records what Pagefind answers on the real index, for the unit tests of search ranking and
// excerpts (test/unit/search/): every search the query suite (test/search/queries.yaml) makes,
// run through Pagefind's JS API in Chromium on the built dist/. Writes test/fixtures/search/.
// Run after a change to the content, the query planner or the ranking: `npm run search:record`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadVocabulary, planQuery } from '../src/search/query.ts';
import { PAGEFIND_OPTIONS, searchPlan } from '../src/search/ranking.ts';
import { PAGEFIND_PATH, VOCABULARY_PATH } from '../src/search/paths.ts';
import { readSuite } from '../test/support/search-reader.ts';
import { chromiumArgs, serveDist } from './bench-search.mjs';

/** Results the unit tests read excerpts of, per query (the search page shows 10 at a time). */
const SHOWN = 10;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test', 'fixtures', 'search');
const vocabularyText = readFileSync(join(root, 'dist', VOCABULARY_PATH), 'utf8');
const vocabulary = loadVocabulary(JSON.parse(vocabularyText));

const { server, origin } = await serveDist();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/zoeken/`);
  await page.evaluate(`(async () => {
    window.recorder = await import('/${PAGEFIND_PATH}');
    await window.recorder.options(${JSON.stringify(PAGEFIND_OPTIONS)});
    await window.recorder.init();
  })()`);
  /** term → [id, score, matched words as [location, weight] (only where ranking or the page read them)][] */
  const searches = {};
  const pages = {};
  const pending = {};
  const search = async (term) => {
    pending[term] ??= page.evaluate(`(async () => {
      const r = await window.recorder.search(${JSON.stringify(term)});
      (window.recorded ??= {})[${JSON.stringify(term)}] = r.results;
      return r.results.map((x) => [x.id, x.score]);
    })()`);
    const rows = (searches[term] ??= await pending[term]);
    return {
      results: rows.map((row, i) => ({
        id: row[0],
        score: row[1],
        data: async () => {
          const d = await page.evaluate(`window.recorded[${JSON.stringify(term)}][${i}].data().then((d) => ({ url: d.raw_url, content: d.content, meta: d.meta, anchors: d.anchors, weighted_locations: d.weighted_locations }))`);
          row[2] = d.weighted_locations.map((l) => [l.location, l.weight]);
          pages[row[0]] ??= { url: d.url, content: d.content, meta: d.meta, anchors: d.anchors };
          return d;
        },
      })),
    };
  };
  for (const q of readSuite()) {
    const hits = await searchPlan(search, vocabulary, planQuery(q.query, vocabulary));
    // What the search page reads for the results it shows.
    for (const hit of hits.slice(0, SHOWN)) await Promise.all([...hit.units.values()].map((m) => m.result.data()).concat(hit.combined ? [hit.combined.data()] : []));
  }
  // Every page's address, to compare a ranking with the suite's expected paths.
  const urls = await page.evaluate(`window.recorder.search(null).then((r) => Promise.all(r.results.map(async (x) => [x.id, (await x.data()).raw_url]))).then(Object.fromEntries)`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'vocabulary.json'), vocabularyText);
  writeFileSync(join(out, 'pagefind.json'), JSON.stringify({ options: PAGEFIND_OPTIONS, urls, searches, pages }));
  console.log(`opgenomen: ${Object.keys(searches).length} zoekopdrachten, ${Object.keys(pages).length} pagina's → ${out}`);
} finally {
  await browser.close();
  server.close();
}
