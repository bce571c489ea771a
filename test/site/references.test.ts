import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { builtPages } from '../support/dist';

/** Text nodes of the guide's own prose outside links (footnote tooltips are plain text by design). */
function unlinkedText(node: Node, out: string[] = []): string[] {
  const el = node as HTMLElement;
  if (node.nodeType === 3) out.push(node.text);
  else if (el.tagName !== 'A' && !el.classList?.contains('fn-tip')) for (const child of node.childNodes) unlinkedText(child, out);
  return out;
}

describe('references in the built guide', () => {
  it('every "thema N" and "voetnoot N" in the text is a link', () => {
    const unlinked: string[] = [];
    for (const page of builtPages()) {
      for (const prose of page.root.querySelectorAll('article .prose')) {
        for (const text of unlinkedText(prose)) {
          for (const m of text.matchAll(/\b(thema|voetnoot) \d+\b/gi)) unlinked.push(`${page.path}: "${m[0]}" in "${text.trim().slice(0, 60)}"`);
        }
      }
    }
    expect(unlinked).toEqual([]);
  });

  it('every theme link names its theme for screen readers', () => {
    const unnamed = builtPages().flatMap((page) =>
      page.root
        .querySelectorAll('a.ref-thema')
        .filter((a) => !/Thema \d: \S/.test(a.text) && !/\S.*\(thema \d\)$/.test(a.text.trim()))
        .map((a) => `${page.path}: ${a.text}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('no link says its own name twice ("Ruimte-OK (Bron: Ruimte-OK)")', () => {
    const twice = builtPages().flatMap((page) =>
      page.root.querySelectorAll('a.ref').flatMap((a) => {
        const extra = a.querySelector('.sr-only')?.text.trim().replace(/^\((.*)\)$/, '$1');
        const visible = a.text.replace(a.querySelector('.sr-only')?.text ?? '', '').trim().toLowerCase();
        const name = extra?.replace(/^[^:]+: /, '').toLowerCase();
        return name && visible.includes(name) && extra!.includes(':') ? [`${page.path}: ${a.text.trim()}`] : [];
      }),
    );
    expect(twice).toEqual([]);
  });
});
