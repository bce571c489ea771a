import { describe, expect, it } from 'vitest';
import { ELLIPSIS, MAX_WORDS, passages } from '../../../src/search/excerpt.ts';
import { pathOf, rank, suite } from './recorded';

/** The passage the search page shows for a result: from the locations of every matched unit. */
async function shown(query: string, n = 3) {
  const hits = (await rank(query)).slice(0, n);
  return Promise.all(
    hits.map(async (hit) => {
      const loaded = await Promise.all([...hit.units.values()].map((m) => m.result.data()));
      return { path: pathOf(hit), page: loaded[0], ...passages(loaded[0], loaded.map((d) => d.weighted_locations.map((l) => l.location))) };
    }),
  );
}
const text = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('excerpts over recorded Pagefind results', () => {
  it('start at a matching sentence: never the kicker and title, a byline dot, a footnote marker or an address', async () => {
    const bad: string[] = [];
    for (const q of suite.filter((q) => q.expect !== 'none')) {
      for (const r of await shown(q.query)) {
        const t = text(r.best.html);
        if (r.page.meta.title && t.includes(`${r.page.meta.title}.`) && t.indexOf(r.page.meta.title) < 12) bad.push(`${q.query} → ${r.path}: begint met de kop`);
        if (r.page.meta.kicker && t.startsWith(r.page.meta.kicker)) bad.push(`${q.query} → ${r.path}: begint met de kicker`);
        if (/^[·•]/.test(t)) bad.push(`${q.query} → ${r.path}: begint met "·"`);
        if (/\bvoetnoot \d/i.test(t) && !r.path.startsWith('/voetnoten/')) bad.push(`${q.query} → ${r.path}: "${t}"`);
        if (/https?:\/\//.test(t)) bad.push(`${q.query} → ${r.path}: adres in "${t}"`);
        if (r.best.score > 0 && !r.best.html.includes('<mark>')) bad.push(`${q.query} → ${r.path}: niets gemarkeerd`);
        const words = t.replace(ELLIPSIS, '').split(/\s+/).filter(Boolean);
        if (words.length > MAX_WORDS + 2) bad.push(`${q.query} → ${r.path}: ${words.length} woorden`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('lists other sections with their own passage, never one the reader was shown already', async () => {
    const runs = (html: string) => {
      const w = text(html).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      return w.slice(0, Math.max(1, w.length - 7)).map((_, i) => w.slice(i, i + 8).join(' '));
    };
    let listed = 0;
    for (const q of suite.filter((q) => q.expect !== 'none')) {
      for (const r of await shown(q.query)) {
        const seen = new Set(runs(r.best.html));
        for (const s of r.sections) {
          listed++;
          expect(s.id, q.query).not.toBe(r.best.anchor);
          for (const run of runs(s.passage.html)) expect(seen.has(run), `${q.query} → ${r.path}#${s.id}: ${run}`).toBe(false);
          for (const run of runs(s.passage.html)) seen.add(run);
        }
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('shows the passage that answers: "kosten kinderopvang ouders" → the costs parents get back', async () => {
    const [first] = await shown('kosten kinderopvang ouders', 1);
    expect(first.path).toBe('/waarom/kinderopvang/');
    expect(text(first.best.html)).toMatch(/kosten/);
    expect(text(first.best.html)).toMatch(/ouders/);
  });

  it('links to the section of the passage, for "kapitaallasten"', async () => {
    const [first] = await shown('kapitaallasten', 1);
    expect(first.path).toBe('/waarom/huisvesting/');
    expect(first.best.anchor).not.toBe('');
    expect(first.page.anchors.map((a) => a.id)).toContain(first.best.anchor);
  });

  it('marks a cut with "…", keeps whole sentences whole, drops footnote markers and shortens addresses (synthetic page)', () => {
    const long = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ');
    const page = { content: `Kop van de pagina. Een korte zin over kosten voetnoot 3. ${long} met kosten erin. Meer over kosten op https://example.org/a/b.`, anchors: [], meta: { title: 'Kop van de pagina' } };
    const words = page.content.split(/\s+/);
    const at = (w: string, from = 0) => words.findIndex((x, i) => i >= from && x.startsWith(w));
    const short = passages(page, [[at('kosten')]]).best;
    expect(short.html).toMatch(/^Een korte zin over <mark>kosten<\/mark>\. woord0/);
    expect(short.html).not.toMatch(/voetnoot/);
    const cut = passages(page, [[at('kosten', at('woord50'))]]).best;
    expect(cut.html.startsWith(`${ELLIPSIS} `)).toBe(true);
    expect(cut.html.endsWith('erin.')).toBe(true);
    expect(text(passages(page, [[at('kosten', at('erin.'))]]).best.html)).toBe('Meer over kosten op example.org/…');
    // Only the title matched: the opening sentence, nothing marked.
    expect(passages(page, [[1]]).best.html).toMatch(/^Een korte zin/);
  });
});
