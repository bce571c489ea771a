// npm run pdf: the whole guide (/hele-handreiking/ in dist/) as a tagged PDF with an outline,
// printed by Debian's Chromium, written to dist/ and linked from /hele-handreiking/.
// Needs a build (npm run build) first; fails loudly without dist/ or Chromium.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const PDF_NAME = 'handreiking-lokaal-samenwerken-aan-kindvoorzieningen.pdf';
const dist = join(import.meta.dirname, '..', process.env.GUIDE_OUT_DIR ?? 'dist');
const page = join(dist, 'hele-handreiking', 'index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(page)) throw new Error(`${page} ontbreekt: draai eerst "npm run build".`);
if (!existsSync(chromiumPath)) {
  throw new Error(`Chromium ontbreekt op ${chromiumPath}. Installeer het met: apt-get update && apt-get install -y chromium`);
}

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((req, res) => {
  let file = normalize(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (file.startsWith(dist) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/hele-handreiking/`, { waitUntil: 'load' });
  // A4 is wide enough for whole words; soft hyphens would end up in bookmarks and extracted text.
  await tab.evaluate(`for (const h of document.querySelectorAll('h1, h2, h3, h4, h5')) h.innerHTML = h.innerHTML.replace(/\u00AD/g, '')`);
  // The PDF's title is the guide's own (Chromium takes it from <title>); its language is the page's (nl).
  await tab.evaluate(`document.title = document.querySelector('h1').textContent.replace(/\\u00AD/g, '') + ' — ' + document.querySelector('.title-page h1 + p').textContent`);
  const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  writeFileSync(join(dist, PDF_NAME), pdf);
  // Link it from the page it was made of (the empty #pdf-link of src/pages/hele-handreiking.astro).
  const html = readFileSync(page, 'utf8');
  const kb = Math.round(pdf.length / 1024);
  const link = `<p id="pdf-link" class="mt-2"><a href="/${PDF_NAME}" download>De hele handreiking als PDF</a> (${kb} kB; met structuur en bladwijzers, voor schermlezers)</p>`;
  writeFileSync(page, html.replace(/<p id="pdf-link"[^>]*>[\s\S]*?<\/p>/, link));
  console.log(`PDF: dist/${PDF_NAME} (${kb} kB)`);
} finally {
  await browser.close();
  server.close();
}
