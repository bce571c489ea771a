import { describe, expect, it } from 'vitest';
import { addSearchTerms } from '../../src/integrations/search-terms';
import { extraSearchTerms, type SearchGlossary } from '../../src/utils/search-glossary';

const glossary: SearchGlossary = {
  compounds: new Map([
    ['onderwijshuisvesting', ['onderwijs', 'huisvesting']],
    ['kinderopvang', ['kinder', 'opvang']],
  ]),
  begrippen: [
    { term: 'LEA', voluit: 'Lokale Educatieve Agenda' },
    { term: 'kindcentrum', varianten: ['kindcentra'] },
  ],
};

describe('search terms for Dutch compounds and abbreviations', () => {
  it('adds the parts of compounds that prefix search cannot find', () => {
    // "onderwijs" is found by prefix already; "huisvesting" is not.
    expect(extraSearchTerms('De taak voor onderwijshuisvesting.', glossary)).toEqual(['huisvesting']);
  });
  it('adds the other forms of an abbreviation, both ways', () => {
    expect(extraSearchTerms('Benut de LEA.', glossary)).toEqual(['lokale educatieve agenda']);
    expect(extraSearchTerms('via de Lokale Educatieve Agenda', glossary)).toEqual(['lea']);
  });
  it('joins singular and plural that the stemmer keeps apart', () => {
    expect(extraSearchTerms('Kindcentra zijn communities.', glossary)).toEqual(['kindcentrum']);
  });
  it('matches whole words only', () => {
    expect(extraSearchTerms('Een plea voor leasing.', glossary)).toEqual([]);
  });
  it('puts the terms in an invisible element that Pagefind indexes, inside the indexed body only', () => {
    const html = '<nav><p>kinderopvang</p></nav><article data-pagefind-body><h1>Kinderopvang</h1><p>Over kinderopvang.</p><p data-pagefind-ignore>kinderopvang</p></article>';
    const out = addSearchTerms(html, glossary);
    expect(out).toContain('<p>Over kinderopvang.<span data-pagefind-index-attrs="data-zoektermen" data-zoektermen="opvang"></span></p>');
    expect(out).toContain('<h1>Kinderopvang</h1><span data-pagefind-index-attrs="data-zoektermen" data-zoektermen="opvang" data-pagefind-weight="7"></span>');
    expect(out.match(/data-zoektermen=/g)).toHaveLength(2);
  });
});
