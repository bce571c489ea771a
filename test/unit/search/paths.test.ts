import { describe, expect, it } from 'vitest';
import { PAGEFIND_PATH, resultUrl, underBase, VOCABULARY_PATH } from '../../../src/search/paths.ts';

describe('search addresses', () => {
  it('asks for Pagefind and the vocabulary under the site base', () => {
    expect(underBase('/', PAGEFIND_PATH)).toBe('/pagefind/pagefind.js');
    expect(underBase('/kennisbank/', VOCABULARY_PATH)).toBe('/kennisbank/pagefind/woorden.json');
    expect(underBase('/kennisbank', VOCABULARY_PATH)).toBe('/kennisbank/pagefind/woorden.json');
  });
  it('links a result to its section and passage, highlighting every matched word once', () => {
    expect(resultUrl('/kennisbank/waarom/huisvesting/?markeer=ihp', 'markeer', ['integraal', 'huisvestingsplan', 'integraal'], 'kosten', 'Integraal Huisvestingsplan (IHP)')).toBe(
      '/kennisbank/waarom/huisvesting/?markeer=integraal&markeer=huisvestingsplan#kosten:~:text=Integraal%20Huisvestingsplan%20(IHP)',
    );
    // A dash would end the text directive's term: it is escaped.
    expect(resultUrl('/a/', 'markeer', ['x'], '', 'onderwijs- en')).toBe('/a/?markeer=x#:~:text=onderwijs%2D%20en');
    expect(resultUrl('/a/', 'markeer', ['x'], '', '')).toBe('/a/?markeer=x');
  });
});
