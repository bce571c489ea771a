import { describe, expect, it } from 'vitest';
import { applyLog, cleanLine, normaliseUrl, sourceSentences, sourceUrls, tokens } from '../support/fidelity';

describe('fidelity helpers (used by the fidelity test on dist)', () => {
  it('tokens ignore case, punctuation, quotes, footnote superscripts and URLs', () => {
    expect(tokens('‘De regisseur’ initieert¹⁰⁾, zie https://x.nl/a.')).toEqual(['de', 'regisseur', 'initieert', 'zie']);
    expect(tokens('Efficiënter — “samen”')).toEqual(['efficiënter', 'samen']);
  });
  it('cleanLine drops Markdown links, bullets and footnote numbers but keeps words', () => {
    expect(cleanLine('- zie [thema 7](#) voor meer')).toBe('zie thema 7 voor meer');
    expect(cleanLine('21) Veen, A.')).toBe('Veen, A.');
    expect(cleanLine('²⁶⁾ Zie adviesrapport')).toBe('Zie adviesrapport');
  });
  it('applies the log: corrections and drops, but leaves notes alone', () => {
    const log = [{ bron: 'kanselijkheid', wordt: 'kansengelijkheid' }, { bron: 'Eénleider banden', wordt: '' }, { bron: 'Kinderopvang' }];
    expect(applyLog('Vergroten kanselijkheid. Eénleider banden huisvesting. Kinderopvang', log)).toBe(
      'Vergroten kansengelijkheid.  huisvesting. Kinderopvang',
    );
  });
  it('splits lines into sentences', () => {
    expect(sourceSentences('Een zin. Nog een zin! En? Ja.\n\n- Punt')).toEqual([['een', 'zin'], ['nog', 'een', 'zin'], ['en'], ['ja'], ['punt']]);
  });
  it('finds URLs, bare www-addresses included, normalised', () => {
    expect(sourceUrls('zie <https://www.compasnul13.nl> en www.nji.nl.')).toEqual(['compasnul13.nl', 'nji.nl']);
    expect(normaliseUrl('https://vimeo.com/114001134/')).toBe('vimeo.com/114001134');
  });
});
