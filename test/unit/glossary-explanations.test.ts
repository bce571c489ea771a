import { describe, expect, it } from 'vitest';
import { explanationOf } from '../../src/utils/glossary-explanations';
import { loadRegistry } from '../../src/content-model/registry';

const registry = loadRegistry();

describe('explanationOf: a glossary term explained in the guide\'s own words', () => {
  it('links the quote to where it stands, and tells a background article from the guide', () => {
    expect(explanationOf({ term: 'BSO', uitleg: { tekst: ' Kinderopvang is … ', waar: 'thema:8#algemene-informatie' } }, registry)).toEqual({
      quote: 'Kinderopvang is …',
      href: '/waarom/kinderopvang/#algemene-informatie',
      title: 'Thema 8: Kinderopvang',
      fromGuide: true,
    });
    expect(explanationOf({ term: 'NPLV', uitleg: { tekst: 'NPLV staat voor …', waar: 'achtergrond:artikel-kik-kwetsbare-wijken' } }, registry)?.fromGuide).toBe(false);
    expect(explanationOf({ term: 'CBS' }, registry)).toBeUndefined();
  });

  it('fails in Dutch with file:line when the place does not exist', () => {
    expect(() => explanationOf({ term: 'BSO', uitleg: { tekst: 'x', waar: 'thema:9' } }, registry)).toThrow(/begrippen\.yaml:\d+: begrip "BSO": onbekende verwijzing "thema:9"/);
    expect(() => explanationOf({ term: 'BSO', uitleg: { tekst: 'x', waar: 'ergens' } }, registry)).toThrow(/begrippen\.yaml:[1-9]\d*: begrip "BSO": "ergens" is geen verwijzing/);
  });
});
