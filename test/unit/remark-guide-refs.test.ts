import { describe, expect, it } from 'vitest';
import { renderGuideMarkdown } from '../support/markdown';

describe('remark-guide-refs: typed references', () => {
  it('turns thema:N into a link to the theme page, with its title for screen readers', async () => {
    const html = await renderGuideMarkdown('Zie [thema 3](thema:3).');
    expect(html).toContain('href="/waarom/sociaal-domein-en-preventie/"');
    expect(html).toContain('id="ref-thema-3"');
    expect(html).toContain('<span class="sr-only" data-pagefind-ignore=""> (Thema 3: Verbinden binnen sociaal domein en inzetten op preventie)</span>');
  });

  it('resolves every kind: stap, voetnoot, bron, achtergrond, pagina', async () => {
    const html = await renderGuideMarkdown(
      '[a](stap:analyse) [b](voetnoot:4) [c](bron:ser-2016-gelijk-goed-van-start) [d](achtergrond:column-radar-handreiking) [e](pagina:colofon)',
    );
    for (const href of ['/hoe/analyse/', '/voetnoten/4/', '/bronnen/ser-2016-gelijk-goed-van-start/', '/achtergrond/column-radar-handreiking/', '/colofon/']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('numbers several references to the same target in one paragraph', async () => {
    const html = await renderGuideMarkdown('Zie [thema 1](thema:1) en nog eens [thema 1](thema:1) en [thema 3](thema:3).');
    expect(html).toContain('id="ref-thema-1"');
    expect(html).toContain('id="ref-thema-1-2"');
    expect(html).toContain('id="ref-thema-3"');
  });

  it('works inside lists', async () => {
    const html = await renderGuideMarkdown('- eerste punt, zie [thema 1](thema:1)\n- tweede, zie [Analyse](stap:analyse)\n');
    expect(html).toMatch(/<li>eerste punt, zie <a href="\/waarom\/optimale-ontwikkeling\/"/);
    expect(html).toMatch(/<li>tweede, zie <a href="\/hoe\/analyse\/"/);
  });

  it('leaves ordinary links alone', async () => {
    const html = await renderGuideMarkdown('[Compas](https://www.compasnul13.nl)');
    expect(html).toContain('href="https://www.compasnul13.nl"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('fails on an unknown theme with file, line and the bad value', async () => {
    await expect(renderGuideMarkdown('Regel een.\n\nZie [thema 9](thema:9).', '/content/themes/fout.mdx')).rejects.toThrow(
      /content\/themes\/fout\.mdx:3: onbekende verwijzing "thema:9": thema 9 bestaat niet \(bekend: 1, 3\)/,
    );
  });

  it('fails on an unknown source id and names it', async () => {
    await expect(renderGuideMarkdown('- [X](bron:bestaat-niet)')).rejects.toThrow(/onbekende verwijzing "bron:bestaat-niet"/);
  });

  it('fails on an unknown footnote reference', async () => {
    await expect(renderGuideMarkdown('[zie voetnoot 99](voetnoot:99)')).rejects.toThrow(/voetnoot 99 bestaat niet/);
  });
});

describe('screen-reader extra after a reference link', () => {
  it('says the kind once when the text is the name, the whole title otherwise, nothing when the text says it all', async () => {
    const { screenReaderExtra } = await import('../../src/plugins/remark-guide-refs');
    expect(screenReaderExtra('Ruimte-OK', 'Bron: Ruimte-OK')).toBe('bron');
    expect(screenReaderExtra('*‘Gelijk goed van start’*', 'Bron: Gelijk goed van start')).toBe('bron');
    expect(screenReaderExtra('hier', 'Bron: Reflectiebrief')).toBe('Bron: Reflectiebrief');
    expect(screenReaderExtra('thema 3', 'Thema 3: Verbinden binnen sociaal domein')).toBe('Thema 3: Verbinden binnen sociaal domein');
    expect(screenReaderExtra('thema 3: Verbinden binnen sociaal domein', 'Thema 3: Verbinden binnen sociaal domein')).toBeUndefined();
    expect(screenReaderExtra('Colofon', 'Colofon')).toBeUndefined();
  });
});
