import { describe, expect, it } from 'vitest';
import { compoundsContaining, correct, editDistance, fold, loadVocabulary, planQuery } from '../../../src/search/query.ts';
import { buildVocabulary, indexWords, type IndexedPage } from '../../../src/search/vocabulary.ts';

const pages: IndexedPage[] = [
  { id: 'a', url: '/waarom/huisvesting/', content: 'Onderwijshuisvesting en kinderopvanghuisvesting. Huisvesting van onderwijs en kinderopvang, het IHP. Een lead.', meta: { title: 'Huisvesting', kicker: 'Thema 4' }, filters: { onderdeel: ['Waarom'] } },
  { id: 'b', url: '/bronnen/x/', content: "IHP's gaan verplicht worden. Kinderopvangtoeslag en de Lokale Educatieve Agenda (LEA).", meta: { title: "IHP's" }, filters: { onderdeel: ['Bron'] } },
];
const glossary = {
  compounds: new Map([['onderwijshuisvesting', ['onderwijs', 'huisvesting']]]),
  begrippen: [{ term: 'IHP', voluit: 'Integraal Huisvestingsplan' }, { term: 'LEA', voluit: 'Lokale Educatieve Agenda' }],
};
const data = buildVocabulary(pages, glossary);
const v = loadVocabulary(data);

describe('search vocabulary (built from the indexed text)', () => {
  it('has the words Pagefind indexed, the kind of each page and the glossary', () => {
    expect(indexWords("IHP's gaan (verplicht)")).toEqual(['ihps', 'gaan', 'verplicht']);
    expect(data.words.split(' ')).toContain('onderwijshuisvesting');
    expect(data.pages.a).toEqual(['Huisvesting', 'Thema 4', 'gids', [0]]);
    expect(data.pages.b[2]).toBe('catalogus');
    expect(data.parts.huisvesting).toEqual(['onderwijshuisvesting']);
  });
});

describe('query plan (Dutch at query time)', () => {
  it('expands a word to the compounds that contain it as a later part, checked against the corpus', () => {
    expect(compoundsContaining(v, 'huisvesting').sort()).toEqual(['kinderopvanghuisvesting', 'onderwijshuisvesting']);
    expect(compoundsContaining(v, 'opvang')).toEqual([]); // "kinder" + "opvang": kinder is no word here
  });
  it('adds glossary forms both ways, phrases included', () => {
    const ihp = planQuery('IHP', v).units[0];
    expect(ihp.alternatives.map((a) => a.term)).toContain('ihp');
    const lea = planQuery('lokale educatieve agenda', v).units;
    expect(lea).toHaveLength(1);
    expect(lea[0].alternatives.map((a) => a.term)).toEqual(['lokale educatieve agenda', 'lea']);
  });
  it('searches short words exactly when the prefix would reach other words', () => {
    const lea = planQuery('lea', v).units[0].alternatives[0];
    expect(lea).toEqual({ term: 'lea', weight: 1, exact: true });
  });
  it('corrects typos to the nearest word and says which', () => {
    expect(editDistance('huisvestign', 'huisvesting', 2)).toBe(1);
    expect(correct(v, 'kinderopvangtoeslg')).toBe('kinderopvangtoeslag');
    const u = planQuery('kinderopvangtoeslg', v).units[0];
    expect(u).toMatchObject({ typed: 'kinderopvangtoeslg', used: 'kinderopvangtoeslag', corrected: true });
  });
  it('gives no alternatives for words the guide does not have, and drops stop words', () => {
    expect(planQuery('harmonisatie', v).units[0].alternatives).toEqual([]);
    expect(planQuery('de huisvesting', v).units.map((u) => u.typed)).toEqual(['huisvesting']);
  });
  it('handles bad input: no letters, markup, very long', () => {
    expect(planQuery('?!* "', v).empty).toBe(true);
    expect(planQuery('😀', v).empty).toBe(true);
    expect(planQuery('<script>', v).units.map((u) => u.typed)).toEqual(['script']);
    expect(planQuery('a'.repeat(500), v).truncated).toBe(true);
    expect(fold('Efficiënter')).toBe('efficienter');
  });
});

describe('forms and compounds', () => {
  it('knows the forms of a word: inflections and compounds it is the last part of, not those it starts', async () => {
    const { isFormOf } = await import('../../../src/search/query.ts');
    expect(isFormOf(v, 'huisvesting', 'huisvesting')).toBe(true);
    expect(isFormOf(v, 'onderwijshuisvesting', 'huisvesting')).toBe(true);
    expect(isFormOf(v, 'leads', 'lea')).toBe(false);
  });
  it('splits a compound the guide lacks into two of its words, and says so', async () => {
    const { splitCompound } = await import('../../../src/search/query.ts');
    const { noteFor, statusFor } = await import('../../../src/search/messages.ts');
    expect(splitCompound(v, 'onderwijskinderopvang')).toEqual(['onderwijs', 'kinderopvang']);
    expect(splitCompound(v, 'xylofoon')).toBeNull();
    const plan = planQuery('onderwijskinderopvang', v);
    expect(plan.units.map((u) => u.used)).toEqual(['onderwijs', 'kinderopvang']);
    expect(noteFor(plan)).toBe('“onderwijskinderopvang” staat niet in de handreiking; gezocht op <strong>onderwijs</strong> en <strong>kinderopvang</strong>.');
    // A corrected typo is said once, in the status line that is read out.
    const typo = planQuery('kinderopvangtoeslg', v);
    expect(statusFor(typo, 'kinderopvangtoeslg', 2, false)).toBe('2 resultaten voor “kinderopvangtoeslag” (u typte “kinderopvangtoeslg”).');
    expect(noteFor(typo)).toBe('');
  });
});
