import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { printMarks } from '../../src/integrations/postbuild/print-marks';

const sources = new Map([
  ['met-url', { title: 'Mét andere ogen', url: 'https://vng.nl/met_andere_ogen.pdf' }],
  ['zonder-url', { title: 'Reflectiebrief van Van Ark aan de Tweede Kamer' }],
  ['pact', { title: 'PACT voor Kindcentra', url: 'https://www.pactvoorkindcentra.nl' }],
]);
const mark = (html: string) => {
  const root = parse(html);
  printMarks(root, { sources });
  return root;
};

describe('printMarks: what print and PDF show of links', () => {
  it('gives a source link its own address, unless the text already shows it', () => {
    const root = mark(`<main>
      <p><a href="/bronnen/met-url/" class="ref ref-bron">Mét andere ogen<span class="sr-only"> (bron)</span></a></p>
      <p><a href="/bronnen/zonder-url/" class="ref ref-bron">Brief<span class="sr-only"> (Bron: Reflectiebrief)</span></a></p>
      <li><a href="/bronnen/pact/" class="ref ref-bron">PACT voor Kindcentra<span class="sr-only"> (bron)</span></a>: www.pactvoorkindcentra.nl</li>
    </main>`);
    const [withUrl, withoutUrl, shown] = root.querySelectorAll('a');
    expect(withUrl.getAttribute('data-print-adres')).toBe('https://vng.nl/met_andere_ogen.pdf');
    expect(withoutUrl.hasAttribute('data-print-adres')).toBe(false);
    expect(shown.hasAttribute('data-print-adres')).toBe(false);
  });

  it('prints the source name where the link text shares no word with it ("hier")', () => {
    const root = mark(`<main><p>vind je <a href="/bronnen/zonder-url/" class="ref ref-bron">hier<span class="sr-only"> (Bron: Reflectiebrief van Van Ark aan de Tweede Kamer)</span></a></p>
      <p><a href="/bronnen/met-url/" class="ref ref-bron">andere ogen<span class="sr-only"> (Bron: Mét andere ogen)</span></a></p></main>`);
    const [hier, named] = root.querySelectorAll('.sr-only');
    expect(hier.classList.contains('print-toon')).toBe(true);
    expect(named.classList.contains('print-toon')).toBe(false);
  });

  it('keeps links to parts of the whole guide on the page, to the same section where it exists', () => {
    const root = mark(`<main>
      <section id="deel4" data-print-path="/waarom/kinderopvang/"><h3 id="deel4-belang">B</h3></section>
      <p><a href="/waarom/kinderopvang/">thema 8</a> <a href="/waarom/kinderopvang/#belang">belang</a> <a href="/waarom/kinderopvang/#weg">weg</a> <a href="/bronnen/pact/">bron</a></p>
    </main><nav><a href="/waarom/kinderopvang/">menu</a></nav>`);
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '#deel4',
      '#deel4-belang',
      '#deel4',
      '/bronnen/pact/',
      // The site navigation outside main keeps its links.
      '/waarom/kinderopvang/',
    ]);
  });

  it('marks an external link whose text is its address', () => {
    const root = mark('<main><a href="https://www.compasnul13.nl/">Compasnul13.nl</a> <a href="https://www.compasnul13.nl">www.compasnul13.nl</a></main>');
    expect(root.querySelectorAll('a').map((a) => a.hasAttribute('data-url-tekst'))).toEqual([false, true]);
  });
});
