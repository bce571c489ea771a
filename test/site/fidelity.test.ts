import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedactielog } from '../../src/utils/redactielog';
import { builtPages, readableText } from '../support/dist';
import { applyLog, normaliseUrl, sourceSentences, sourceUrls, tokens } from '../support/fidelity';

// The copy of the PDF export kept in the repo; the site must carry every sentence of it.
const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bron', 'handreiking-lokaal-samenwerken-2020.txt'), 'utf8');
const log = readRedactielog();
// Pages that repeat or describe the guide rather than present it.
const notTheGuide = ['/verantwoording/', '/hele-handreiking/', '/zoeken/', '/404.html'];
const pages = () => builtPages().filter((p) => !notTheGuide.includes(p.path));

describe('fidelity: the site against the source text', () => {
  it('every `bron` in the editorial log occurs in the source (the log stays honest)', () => {
    const missing = log.filter((e) => !source.includes(e.bron)).map((e) => `${e.file}: ${e.bron}`);
    expect(missing).toEqual([]);
  });

  it('every sentence of the guide occurs on the site (100% coverage)', () => {
    const site = pages()
      .map((p) => ` ${tokens(readableText(p.root.querySelector('body')!)).join(' ')} `)
      .join('|');
    const sentences = sourceSentences(applyLog(source, log));
    const missing = sentences.filter((t) => !site.includes(` ${t.join(' ')} `)).map((t) => t.join(' '));
    const coverage = ((sentences.length - missing.length) / sentences.length) * 100;
    console.log(`fidelity: ${sentences.length - missing.length} of ${sentences.length} source sentences on the site (${coverage.toFixed(2)}%)`);
    expect(missing).toEqual([]);
  });

  it('every URL in the source is a link target on the site', () => {
    const hrefs = new Set(
      builtPages().flatMap((p) => p.root.querySelectorAll('a[href^="http"]').map((a) => normaliseUrl(a.getAttribute('href')!))),
    );
    const missing = sourceUrls(applyLog(source, log)).filter((u) => !hrefs.has(u));
    expect(missing).toEqual([]);
  });

  it('no paragraph or list item appears twice on one page', () => {
    const doubles: string[] = [];
    for (const page of pages()) {
      const main = page.root.querySelector('main');
      if (!main) continue;
      // Footnote texts may legitimately repeat (the guide cites one book in five footnotes);
      // navigation and backlinks are marked data-pagefind-ignore.
      for (const x of main.querySelectorAll('.footnotes, .fn-tip, nav, [data-pagefind-ignore]')) x.remove();
      const seen = new Set<string>();
      for (const block of main.querySelectorAll('p, li').filter((b) => !b.querySelector('p'))) {
        const text = tokens(readableText(block)).join(' ');
        if (text.split(' ').length < 8) continue;
        if (seen.has(text)) doubles.push(`${page.path}: ${text.slice(0, 80)}…`);
        seen.add(text);
      }
    }
    expect(doubles).toEqual([]);
  });
});
