// Search benchmark (part of `npm run bench`): the reader query suite (test/search/queries.yaml)
// through /zoeken/ in headless Chromium on the built dist/ (built first when missing).
// Reports: bytes fetched for the very first search (as gzip would send them), time from typing to
// rendered results for the first search and the median over the suite with the index cached
// (this includes the page's 150 ms typing pause), the vocabulary's gzip size and the suite's
// top-1, top-3 and MRR.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { readSuite, searchAsReader, suiteScores } from '../test/support/search-reader.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** dist/ (or another built site) on 127.0.0.1 (a directory serves its index.html). */
export async function serveDist(dir = dist) {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function benchSearch() {
  if (!existsSync(join(dist, 'pagefind', 'woorden.json'))) {
    const r = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('astro build mislukt');
  }
  const { server, origin } = await serveDist();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const fresh = await browser.newPage();
    let raw = 0;
    let gz = 0;
    fresh.on('response', async (r) => {
      if (!new URL(r.url()).pathname.startsWith('/pagefind/')) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      raw += body.length;
      // Pagefind's index files are compressed already; a host gzips the JS and JSON.
      gz += /\.(js|json|css)$/.test(r.url()) ? gzipSync(body).length : body.length;
    });
    await fresh.goto(`${origin}/zoeken/`);
    const first = await searchAsReader(fresh, 'huisvesting');
    await fresh.waitForLoadState('networkidle');
    const page = await browser.newPage();
    await page.goto(`${origin}/zoeken/`);
    await searchAsReader(page, 'kinderopvang'); // warm the index
    const rows = [];
    for (const q of readSuite()) rows.push({ q, s: await searchAsReader(page, q.query) });
    const times = rows.map((r) => r.s.ms).sort((a, b) => a - b);
    const vocabulary = gzipSync(readFileSync(join(dist, 'pagefind', 'woorden.json'))).length;
    const sc = suiteScores(rows);
    const out = {
      firstSearchKB: gz / 1024,
      firstSearchRawKB: raw / 1024,
      firstSearchMs: first.ms,
      medianMs: times[Math.floor(times.length / 2)],
      vocabularyGzipKB: vocabulary / 1024,
      ...sc,
    };
    console.log(
      `zoeken: ${sc.queries} vragen; top-1 ${(sc.top1 * 100).toFixed(1)}%, top-3 ${(sc.top3 * 100).toFixed(1)}%, MRR ${sc.mrr.toFixed(3)}; ` +
        `eerste zoekopdracht ${out.firstSearchKB.toFixed(1)} KB (gzip; ${out.firstSearchRawKB.toFixed(1)} KB onverpakt) in ${out.firstSearchMs} ms; ` +
        `mediaan met index in cache ${out.medianMs} ms; woordenlijst ${out.vocabularyGzipKB.toFixed(1)} KB gzip`,
    );
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSearch();
