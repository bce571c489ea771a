// What a PDF's pages hold, read with poppler-utils: where each named destination (an element id
// that a link points to) landed, and how full each page is. scripts/pdf.mjs lays out the whole
// guide with it; test/browser/pdf.test.ts checks the result with it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The @page margins of src/styles/print.css: the running title and page number sit outside them.
const MM = 72 / 25.4;
const TOP = 22 * MM;
const BOTTOM = 20 * MM;

function poppler(tool, args) {
  if (!existsSync(`/usr/bin/${tool}`)) {
    throw new Error(`${tool} ontbreekt. Installeer het met: apt-get update && apt-get install -y poppler-utils`);
  }
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Named destination → page number (1-based), e.g. "deel4-kop" → 5. */
export function readDestinations(file) {
  const pages = new Map();
  for (const m of poppler('pdfinfo', ['-dests', file]).matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"(.*)"$/gm)) pages.set(m[2], Number(m[1]));
  return pages;
}

const unescape = (text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/**
 * Per page: its words between the margins (running title and page number left out) with their
 * boxes in points, their text, and how full the page is: the lowest word's bottom as a share of
 * the text area (0 = empty, 1 = down to the bottom margin).
 */
export function readPages(file) {
  const xml = poppler('pdftotext', ['-bbox', file, '-']);
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, body]) => {
    const height = Number(h);
    const words = [...body.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)]
      .map(([, left, top, right, bottom, text]) => ({ left: +left, top: +top, right: +right, bottom: +bottom, text: unescape(text) }))
      .filter((w) => w.top > TOP - 2 && w.bottom < height - BOTTOM + 2);
    const lowest = Math.max(TOP, ...words.map((w) => w.bottom));
    return { words, text: words.map((w) => w.text).join(' '), fill: (lowest - TOP) / (height - TOP - BOTTOM) };
  });
}
