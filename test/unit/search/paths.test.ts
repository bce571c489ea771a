import { describe, expect, it } from 'vitest';
import { PAGEFIND_PATH, resultUrl, underBase, VOCABULARY_PATH } from '../../../src/search/paths.ts';

describe('search addresses', () => {
  it('asks for Pagefind and the vocabulary under the site base', () => {
    expect(underBase('/', PAGEFIND_PATH)).toBe('/pagefind/pagefind.js');
    expect(underBase('/kennisbank/', VOCABULARY_PATH)).toBe('/kennisbank/pagefind/woorden.json');
    expect(underBase('/kennisbank', VOCABULARY_PATH)).toBe('/kennisbank/pagefind/woorden.json');
  });
  it('links a result to its section, highlighting every matched word once, without a text fragment', () => {
    expect(resultUrl('/kennisbank/waarom/huisvesting/?markeer=ihp', 'markeer', ['integraal', 'huisvestingsplan', 'integraal'], 'kosten')).toBe(
      '/kennisbank/waarom/huisvesting/?markeer=integraal&markeer=huisvestingsplan#kosten',
    );
    expect(resultUrl('/a/', 'markeer', ['x'], 'één')).toBe('/a/?markeer=x#%C3%A9%C3%A9n');
    expect(resultUrl('/a/', 'markeer', ['x'], '')).toBe('/a/?markeer=x');
  });
});
