import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/dist';
import { loadRegistry } from '../../src/content-model/registry';
import { readPages } from '../../scripts/pdf-pages.mjs';

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
  let pages: ReturnType<typeof readPages>;
  beforeAll(() => {
    // The script as the README runs it (npm scripts run on the pinned Node, as this test does).
    execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'pdf.mjs')], { stdio: 'pipe' });
    info = poppler('pdfinfo', [pdf]);
    text = poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    outline = poppler('pdftohtml', ['-xml', '-stdout', '-i', '-q', pdf]).match(/<outline>[\s\S]*<\/outline>/)?.[0] ?? '';
    pages = readPages(pdf);
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

  // A page is "short" when its text ends above a third of the text area or it holds fewer
  // than 100 words. The last page ends where the footnotes end: nothing could follow on it.
  // Two more are short by design, each recognised by what it holds:
  const byDesign: Record<string, (text: string) => boolean> = {
    // the title page: title, subtitle, publisher and peildatum only;
    titelpagina: (t) => t.startsWith('Handreiking · PACT voor Kindcentra'),
    // the "Hoe?" figure of the dashboard: a drawing, its labels are its only words.
    'figuur Hoe?': (t) => t.startsWith('Het dashboard, deel 2'),
  };
  it('has no short pages: parts run on where a page would stay nearly empty', () => {
    const short = pages
      .map((p, i) => ({ page: i + 1, fill: Number(p.fill.toFixed(2)), words: p.words.length, text: p.text }))
      .filter((p) => p.page < pages.length && (p.fill < 1 / 3 || p.words < 100))
      .filter((p) => !Object.values(byDesign).some((recognise) => recognise(p.text)))
      .map(({ text, ...p }) => ({ ...p, begin: text.slice(0, 60) }));
    expect(short).toEqual([]);
    // Each exception is one page, and still at least a third full where it is a figure.
    for (const [name, recognise] of Object.entries(byDesign)) expect(pages.filter((p) => recognise(p.text)).length, name).toBe(1);
    expect(pages.find((p) => byDesign['figuur Hoe?'](p.text))!.fill).toBeGreaterThan(1 / 3);
  });

  it('has contents that name parts as the guide does, with the page where each one starts', () => {
    const contents = text.split('\f')[1];
    expect(contents).toMatch(/^Inhoud$/m);
    expect(contents).not.toMatch(/Hoe\?:/);
    // pdftotext gives each line's label, then its page number: "Stap 1. Startpunt" … "28".
    const lines = contents.split('\n').map((l) => l.trim()).filter(Boolean);
    const entries = lines.flatMap((line, i) => (/^\d+$/.test(lines[i + 1] ?? '') && !/^\d+$/.test(line) ? [{ label: line, page: Number(lines[i + 1]) }] : []));
    const steps = builtPages().filter((p) => /^\/hoe\/[^/]+\/$/.test(p.path)).length;
    expect(entries.length).toBe(5 + 8 + steps + 1);
    expect(entries.map((e) => e.label)).toContain('Stap 1. Startpunt');
    expect(entries.map((e) => e.label)).toContain('Thema 4. Efficiënter benutten onderwijs- en kinderopvanghuisvesting');
    // Where Chromium put each part's heading: its bookmark, independent of how the numbers were made.
    const bookmarks = new Map([...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].reverse().map((m) => [squash(m[2]), Number(m[1])]));
    const wrong = entries
      .map((e) => ({ ...e, heading: bookmarks.get(squash(e.label.replace(/^(Thema|Stap) \d+\. /, ''))) }))
      .filter((e) => e.heading !== e.page);
    expect(wrong).toEqual([]);
  });

  it('prints the address of every external link, and links only to the web or within itself', () => {
    const uris = [...readFileSync(pdf, 'latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.filter((u) => !/^(https?:\/\/(?!127\.0\.0\.1|localhost)|mailto:)/.test(u))).toEqual([]);
    // pdftotext joins a word broken at a hyphen without it ("instructie-|krachtenveldanalyse").
    const all = squash(text).toLowerCase().replace(/-/g, '');
    const bare = (url: string) => squash(url).toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '').replace(/-/g, '');
    expect(uris.filter((u) => u.startsWith('http') && !all.includes(bare(u)))).toEqual([]);
    // Sources are linked to their page on the site; their own address, where known, is printed.
    const html = readFileSync(join(distDir, 'hele-handreiking', 'index.html'), 'utf8');
    const cited = new Set([...html.matchAll(/href="[^"]*\/bronnen\/([^/"]+)\/"/g)].map((m) => m[1]));
    const withUrl = [...loadRegistry().sources].filter(([id, s]) => cited.has(id) && s.url);
    expect(withUrl.length).toBeGreaterThan(5);
    expect(withUrl.filter(([, s]) => !all.includes(bare(s.url!))).map(([id]) => id)).toEqual([]);
    // Footnote 31's "hier" says which source it is.
    expect(squash(text)).toContain(squash('vind je hier (Bron: Reflectiebrief van Van Ark aan de Tweede Kamer)'));
  });

  it('sets footnote marks against their word', () => {
    // A mark: a number in smaller type right after a word on the same line.
    const gaps = pages.flatMap((p) =>
      p.words.flatMap((w, i) => {
        const before = p.words[i - 1];
        const mark = before && /^\d{1,2}$/.test(w.text) && w.bottom - w.top < 0.8 * (before.bottom - before.top) && Math.abs(w.top - before.top) < 4;
        return mark && w.left > before.right ? [{ after: before.text, mark: w.text, gap: Number((w.left - before.right).toFixed(2)) }] : [];
      }),
    );
    expect(gaps.length).toBeGreaterThan(25);
    expect(gaps.filter((g) => g.gap > 1)).toEqual([]);
  });

  it('holds the dashboard in two parts: the eight themes and the "Hoe?" figure', () => {
    const themes = builtPages().filter((p) => /^\/waarom\/[^/]+\/$/.test(p.path)).length;
    const waarom = pages.find((p) => p.text.includes('Het dashboard, deel 1'))!;
    expect(waarom.text.match(/Thema \d\b/g)?.length).toBeGreaterThanOrEqual(themes);
    const hoe = pages.find((p) => byDesign['figuur Hoe?'](p.text))!;
    for (const label of ['Startpunt', 'Analyse', 'Visie', 'Uitvoering', 'Communiceren']) expect(hoe.text).toContain(label);
  });
});
