import { describe, expect, it } from 'vitest';
import { renderGuideMarkdown } from '../support/markdown';

describe('remark-footnote-markers: the guide-wide footnotes', () => {
  it('turns [^4] into a superscript link with a popover the build fills from the footnote list', async () => {
    const html = await renderGuideMarkdown('Er worden studies uitgevoerd[^4].');
    expect(html).toContain('<sup class="fn-ref"><a href="#voetnoot-4" id="fnref-4" aria-describedby="fnref-4-tip"');
    expect(html).toContain('<span id="fnref-4-tip" class="fn-tip" data-pagefind-ignore="">Voetnoot 4</span>');
    expect(html).toContain('<span class="sr-only">voetnoot </span>4</a>');
  });

  it('gives a second marker of the same footnote its own anchor', async () => {
    const html = await renderGuideMarkdown('Een[^4] en twee[^4].');
    expect(html).toContain('id="fnref-4"');
    expect(html).toContain('id="fnref-4-2"');
  });

  it('works inside list items and emphasis', async () => {
    const html = await renderGuideMarkdown('- *punt*[^4]\n- ander punt');
    expect(html).toMatch(/<li><em>punt<\/em><sup class="fn-ref">/);
  });

  it('fails on a footnote that does not exist, naming the file', async () => {
    await expect(renderGuideMarkdown('Tekst[^35].', '/content/steps/fout.mdx')).rejects.toThrow(
      /content\/steps\/fout\.mdx:1: onbekende voetnoot \[\^35\]/,
    );
  });

  it('speaks Dutch for local GFM footnotes too', async () => {
    const html = await renderGuideMarkdown('Tekst[^a].\n\n[^a]: Een lokale voetnoot.');
    expect(html).toContain('Voetnoten');
    expect(html).toContain('Terug naar de tekst');
    expect(html).not.toMatch(/Footnotes|Back to content/);
  });
});
