import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { builtPages } from '../support/dist';
import { readContent } from '../../src/content-model/content-files';
import { achtergrondPath, footnotePath, stepPath, themePath } from '../../src/content-model/paths';

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
    // The change history quotes the editors' commit messages as written: not the guide's text.
    for (const page of builtPages().filter((p) => !p.path.startsWith('/wijzigingen/'))) {
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

  // Frontmatter that names a step (an Astro reference: { collection, id }) or a theme number must
  // reach the page: the "Hoort bij" list of a background article, the notice of an unmarked footnote.
  it('frontmatter that names steps and themes links to them on the built page', () => {
    const content = readContent('content');
    const page = (path: string) => builtPages().find((p) => p.path === path)!;
    const themeIds = new Map(content.themes.map((t) => [t.data.number, t.id]));
    const missing: string[] = [];
    const named = (path: string, where: string, targets: string[]) => {
      const links = new Set(page(path).root.querySelectorAll(`${where} a`).map((a) => a.getAttribute('href')));
      for (const href of targets) if (!links.has(href)) missing.push(`${path}: geen link naar ${href}`);
    };
    const articles = content.achtergrond.filter((a) => (a.data.steps as string[] | undefined)?.length);
    expect(articles.length).toBeGreaterThan(0);
    for (const a of content.achtergrond) {
      const steps = ((a.data.steps as string[] | undefined) ?? []).map(stepPath);
      const themes = ((a.data.themes as number[] | undefined) ?? []).map((n) => themePath(themeIds.get(n)!));
      named(achtergrondPath(a.id), 'section[aria-labelledby="verwant-kop"]', [...steps, ...themes]);
    }
    const unmarked = content.footnotes.filter((f) => f.data.unmarkedOn !== undefined);
    expect(unmarked.length).toBeGreaterThan(0);
    for (const f of unmarked) named(footnotePath(Number(f.data.number)), 'main', [stepPath(String(f.data.unmarkedOn))]);
    expect(missing).toEqual([]);
  });
});
