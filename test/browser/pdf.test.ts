import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/dist';

const pdf = join(distDir, 'handreiking-lokaal-samenwerken-aan-kindvoorzieningen.pdf');
const poppler = (tool: string, args: string[]) => {
  if (!existsSync(`/usr/bin/${tool}`)) {
    throw new Error(`${tool} ontbreekt. Installeer het met: apt-get update && apt-get install -y poppler-utils (de PDF-test slaat nooit over).`);
  }
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
};
const squash = (text: string) => text.replace(/[\s\u00AD]+/g, '');

describe('npm run pdf: the whole guide as a tagged PDF', () => {
  let info: string;
  let text: string;
  let outline: string;
  beforeAll(() => {
    // The script as the README runs it (npm scripts run on the pinned Node, as this test does).
    execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'pdf.mjs')], { stdio: 'pipe' });
    info = poppler('pdfinfo', [pdf]);
    text = poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    outline = poppler('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf]).match(/<outline>[\s\S]*<\/outline>/)?.[0] ?? '';
  }, 120_000);

  it('is tagged, titled, in Dutch, A4, with a sensible page count', () => {
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Lokaal samenwerken aan kindvoorzieningen — Regie pakken: waarom en hoe\?$/m);
    expect(readFileSync(pdf, 'latin1')).toMatch(/\/Lang \(nl\)/);
    expect(info).toMatch(/^Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)$/m);
    const pages = Number(info.match(/^Pages:\s+(\d+)$/m)![1]);
    expect(pages).toBeGreaterThanOrEqual(30);
    expect(pages).toBeLessThanOrEqual(60);
  });

  it('has extractable text with every theme and step title, page numbers and the title page', () => {
    const titles = builtPages()
      .filter((p) => /^\/(waarom|hoe)\/[^/]+\/$/.test(p.path))
      .map((p) => p.root.querySelector('h1')!.textContent.replace(/\u00AD/g, '').trim());
    expect(titles.length).toBe(14);
    const all = squash(text);
    expect(titles.filter((t) => !all.includes(squash(t)))).toEqual([]);
    const titlePage = text.split('\f')[0];
    for (const line of ['Lokaal samenwerken', 'Regie pakken: waarom en hoe?', 'Uitgever', 'PACT voor Kindcentra', 'Peildatum', 'december 2020']) {
      expect(titlePage).toContain(line);
    }
    expect(text).toMatch(/\b2 \/ \d+\b/);
    // Links on screen only do not print.
    expect(text).not.toContain('apart bekijken');
  });

  it('has an outline with a bookmark per theme and step (Chromium joins wrapped lines without a space)', () => {
    const items = [...outline.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => squash(m[1]));
    for (const page of builtPages().filter((p) => /^\/(waarom|hoe)\/[^/]+\/$/.test(p.path))) {
      const title = squash(page.root.querySelector('h1')!.textContent);
      expect(items, title).toContain(title);
    }
  });

  it('is linked from /hele-handreiking/', () => {
    const html = readFileSync(join(distDir, 'hele-handreiking', 'index.html'), 'utf8');
    expect(html).toMatch(/<a href="\/handreiking-lokaal-samenwerken-aan-kindvoorzieningen\.pdf" download>/);
  });
});
