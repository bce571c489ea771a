import { describe, expect, it } from 'vitest';
import { footnotePopovers as popoversPass } from '../../src/integrations/postbuild/footnote-popovers';
import { hyphenateHeadings as hyphenatePass, hyphenateWord, SOFT_HYPHEN } from '../../src/integrations/postbuild/hyphenate-headings';
import { rewritePage, type PagePass } from '../../src/integrations/postbuild/page-passes';
import { printMarks as printMarksPass } from '../../src/integrations/postbuild/print-marks';

// Each pass on its own, through the same parse and serialisation as the build.
const only = (pass: PagePass) => (html: string) => rewritePage(html, [pass]);
const footnotePopovers = only(popoversPass);
const hyphenateHeadings = only(hyphenatePass);
const printMarks = only(printMarksPass);

const shy = (s: string) => s.replaceAll(SOFT_HYPHEN, '|');

describe('soft hyphens in long heading words (Dutch patterns)', () => {
  it('breaks compounds at syllables and leaves short words alone', () => {
    expect(shy(hyphenateWord('kinderopvanghuisvesting'))).toBe('kin|der|op|vang|huis|ves|ting');
    expect(hyphenateWord('Kinderopvang')).toBe('Kinderopvang');
  });

  it('touches headings only, and gives Pagefind the whole title', () => {
    const html = hyphenateHeadings(
      '<main data-pagefind-body><h1 data-pagefind-meta="title">Onderwijshuisvesting</h1><p>Onderwijshuisvesting</p></main>',
    );
    expect(shy(html)).toContain('>On|der|wijs|huis|ves|ting</h1>');
    expect(html).toContain('data-pagefind-meta="title:Onderwijshuisvesting"');
    expect(html).toContain('<p>Onderwijshuisvesting</p>');
  });
});

describe('footnote popovers get the note as the page lists it', () => {
  it('copies the rendered note with its link, without ids or search terms', () => {
    const html = footnotePopovers(
      '<p>x<sup class="fn-ref"><a id="fnref-31" data-footnote="31" href="#voetnoot-31">31</a><span id="fnref-31-tip" class="fn-tip">plain</span></sup></p>' +
        '<ol><li id="voetnoot-31"><div class="prose"><p>Zie <a id="vn31-ref" href="/bronnen/x/">hier</a>.<span data-pagefind-index-attrs="a" a="b"></span></p></div><p class="fn-back">Terug</p></li></ol>',
    );
    expect(html).toContain('<span id="fnref-31-tip" class="fn-tip"><span class="fn-tip-p">Zie <a href="/bronnen/x/">hier</a>.</span></span>');
  });
});

describe('print marks', () => {
  it('moves headings of the whole guide one level down and marks links that show their own address', () => {
    const html = printMarks(
      '<div data-heading-shift><div class="heading-wrap heading-wrap-h2"><h2 id="a">A</h2></div><h3>B</h3></div><a href="https://www.ruimte-ok.nl/">www.ruimte-ok.nl</a><a href="https://x.nl">X</a>',
    );
    expect(html).toContain('<div class="heading-wrap heading-wrap-h3"><h3 id="a">A</h3></div><h4>B</h4>');
    expect(html).toContain('<a href="https://www.ruimte-ok.nl/" data-url-tekst>www.ruimte-ok.nl</a>');
    expect(html).toContain('<a href="https://x.nl">X</a>');
  });
});
