import { describe, expect, it } from 'vitest';
import { rewritePage } from '../../src/integrations/postbuild/page-passes';
import { scopeIds as scopeIdsPass } from '../../src/integrations/postbuild/scoped-ids';

const scopeIds = (html: string) => rewritePage(html, [scopeIdsPass]);

describe('scopeIds: unique anchors on the whole-guide page', () => {
  const html = `<main>
    <div data-id-scope="deel1"><h2 id="waar">W</h2><a id="fnref-4" href="#voetnoot-4" aria-describedby="fnref-4-tip">4</a><span id="fnref-4-tip"></span><a href="#waar">x</a></div>
    <div data-id-scope="deel2"><h2 id="waar">W</h2><a id="fnref-4" href="#voetnoot-4">4</a></div>
    <ol><li id="voetnoot-4"><a href="#fnref-4">terug</a></li></ol>
  </main>`;
  const out = scopeIds(html);

  it('prefixes ids and in-scope references per scope', () => {
    expect(out).toContain('<h2 id="deel1-waar">');
    expect(out).toContain('<h2 id="deel2-waar">');
    expect(out).toContain('aria-describedby="deel1-fnref-4-tip"');
    expect(out).toContain('<a href="#deel1-waar">');
  });
  it('keeps links to anchors outside the scope (the shared footnote list)', () => {
    expect(out.match(/href="#voetnoot-4"/g)).toHaveLength(2);
  });
  it('points links from outside to the first scope that has the anchor', () => {
    expect(out).toContain('<a href="#deel1-fnref-4">terug</a>');
  });
  it('leaves pages without scopes untouched', () => {
    expect(scopeIds('<p id="a">x</p>')).toBe('<p id="a">x</p>');
  });
});
