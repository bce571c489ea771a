// npm run pdf: the whole guide (/hele-handreiking/ in dist/) as a tagged PDF with an outline,
// printed by Debian's Chromium, written to dist/ and linked from /hele-handreiking/.
// Chromium's print knows no target-counter(), so the PDF is printed more than once and read
// back with poppler-utils (scripts/pdf-pages.mjs): first to let a theme or step run on where the
// page before it would stay less than half full, then to put each part's page in the contents.
// Needs a build (npm run build) first; fails loudly without dist/, Chromium or poppler-utils.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { site } from '../src/config/site.mjs';
import { readDestinations, readPages } from './pdf-pages.mjs';

export const PDF_NAME = 'handreiking-lokaal-samenwerken-aan-kindvoorzieningen.pdf';
const dist = join(import.meta.dirname, '..', process.env.GUIDE_OUT_DIR ?? 'dist');
const page = join(dist, 'hele-handreiking', 'index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(page)) throw new Error(`${page} ontbreekt: draai eerst "npm run build".`);
if (!existsSync(chromiumPath)) {
  throw new Error(`Chromium ontbreekt op ${chromiumPath}. Installeer het met: apt-get update && apt-get install -y chromium`);
}

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };
// Served under the site's base path ("/" or e.g. "/kennisbank/"), as its pages expect.
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  let file = normalize(join(dist, decodeURIComponent(path.startsWith(site.base) ? path.slice(site.base.length) : path)));
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
const draft = join(mkdtempSync(join(tmpdir(), 'handreiking-pdf-')), 'druk.pdf');
/** A part that starts a new page runs on where the page before it would be less than this full. */
const RUN_ON_BELOW = 0.5;
try {
  const tab = await browser.newPage();
  await tab.goto(`${origin}${site.base}hele-handreiking/`, { waitUntil: 'load' });
  // A4 is wide enough for whole words; soft hyphens would end up in bookmarks and extracted text.
  await tab.evaluate(`for (const h of document.querySelectorAll('h1, h2, h3, h4, h5')) h.innerHTML = h.innerHTML.replace(/\u00AD/g, '')`);
  // The theme tiles of the dashboard stay out of the bookmarks (Chromium makes one of every
  // heading, and joins their wrapped lines without a space): in the PDF they are list items.
  await tab.evaluate(`for (const h of document.querySelectorAll('.print-dashboard .theme-tiles :is(h2, h3)')) {
    const p = document.createElement('p');
    p.className = h.className;
    p.append(...h.childNodes);
    h.replaceWith(p);
  }`);
  // The PDF's title is the guide's own (Chromium takes it from <title>); its language is the page's (nl).
  await tab.evaluate(`document.title = document.querySelector('h1').textContent.replace(/\\u00AD/g, '') + ' — ' + document.querySelector('.title-page h1 + p').textContent`);
  // Links to the site's other pages (sources, glossary) go to the public site (SITE_URL, known
  // from the canonical address); without it their address is unknown and they print as text.
  await tab.evaluate(`{
    const site = document.querySelector('link[rel=canonical]')?.href;
    for (const a of document.querySelectorAll('a[href]')) {
      const url = new URL(a.getAttribute('href'), location.href);
      if (url.origin !== location.origin || url.pathname === location.pathname) continue;
      if (site) a.href = new URL(a.getAttribute('href'), site).href;
      else a.removeAttribute('href');
    }
  }`);
  let pdf;
  // Drafts only need their page breaks: structure tags and bookmarks come with the final print.
  let drafts = 0;
  const print = async (final = false) => {
    if (!final) drafts++;
    pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true, tagged: final, outline: final });
    writeFileSync(draft, pdf);
    return { pageOf: readDestinations(draft), pages: readPages(draft) };
  };

  // Parts that start a new page, by the id the contents link to (src/pages/hele-handreiking.astro).
  let breaks = await tab.evaluate(`[...document.querySelectorAll('section.nieuwe-pagina')].map((s) => s.id)`);
  let printed = await print();
  for (;;) {
    const runOn = [];
    breaks.forEach((id, i) => {
      // The page before a break ends what began at the break before it: when that one goes in
      // this round, where this page ends is not known yet (the next round decides).
      if (i > 0 && runOn.includes(breaks[i - 1])) return;
      const before = printed.pages[printed.pageOf.get(id) - 2];
      if (before && before.fill < RUN_ON_BELOW) runOn.push(id);
    });
    if (runOn.length === 0) break;
    await tab.evaluate(`for (const id of ${JSON.stringify(runOn)}) document.getElementById(id).classList.replace('nieuwe-pagina', 'loopt-door')`);
    breaks = breaks.filter((id) => !runOn.includes(id));
    printed = await print();
  }

  // Page numbers in the contents, then the final print. Their room is kept free, so filling
  // them in moves nothing; the final print is read back to confirm it (else once more).
  for (let round = 0; ; round++) {
    const pages = Object.fromEntries(printed.pageOf);
    const changed = await tab.evaluate(`{
      const pages = ${JSON.stringify(pages)};
      let changed = false;
      for (const slot of document.querySelectorAll('[data-toc-page]')) {
        const page = String(pages[slot.dataset.tocPage] ?? '');
        if (!page) throw new Error('De inhoud verwijst naar #' + slot.dataset.tocPage + ', maar dat staat niet in de PDF.');
        if (slot.textContent !== page) { slot.textContent = page; changed = true; }
      }
      changed;
    }`);
    if (round > 0 && !changed) break;
    if (round === 3) throw new Error('De paginanummers in de inhoud blijven verschuiven; controleer .toc-page in src/styles/print.css.');
    printed = await print(true);
  }
  writeFileSync(join(dist, PDF_NAME), pdf);
  // Link it from the page it was made of (the empty #pdf-link of src/pages/hele-handreiking.astro).
  const html = readFileSync(page, 'utf8');
  const kb = Math.round(pdf.length / 1024);
  const link = `<p id="pdf-link" class="mt-2"><a href="${site.base}${PDF_NAME}" download>De hele handreiking als PDF</a> (${kb} kB; met structuur en bladwijzers, voor schermlezers)</p>`;
  writeFileSync(page, html.replace(/<p id="pdf-link"[^>]*>[\s\S]*?<\/p>/, link));
  console.log(`PDF: dist/${PDF_NAME} (${kb} kB, ${printed.pages.length} pagina's; ${drafts} proefdrukken voor de pagina-einden)`);
} finally {
  await browser.close();
  server.close();
  rmSync(join(draft, '..'), { recursive: true, force: true });
}
