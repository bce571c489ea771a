import { describe, expect, it } from 'vitest';
import { builtPages, existingPaths } from '../support/dist';

describe('links in dist', () => {
  const pages = builtPages();
  const paths = existingPaths();
  const ids = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((el) => el.id))]));

  it('has no empty or placeholder links', () => {
    const bad = pages.flatMap((p) =>
      p.root
        .querySelectorAll('a')
        .filter((a) => {
          const href = a.getAttribute('href');
          return href === undefined || href.trim() === '' || href === '#';
        })
        .map((a) => `${p.path}: <a>${a.text.trim().slice(0, 40)}</a>`),
    );
    expect(bad).toEqual([]);
  });

  it('no link is glued to the next word (a line break after </a> in a template is no space)', () => {
    // The raw HTML, so the text for readers without JavaScript (<noscript>) counts too.
    const glued = pages.flatMap((p) => [...p.html.matchAll(/>([^<>]{1,30})<\/a>(\p{L}+)/gu)].map((m) => `${p.path}: "${m[1]}${m[2]}"`));
    expect(glued).toEqual([]);
  });

  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const a of page.root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.path}`);
        const target = url.pathname;
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (!paths.has(target)) {
          broken.push(`${page.path} → ${href} (pagina bestaat niet)`);
          continue;
        }
        const targetIds = ids.get(target);
        if (anchor && targetIds && !targetIds.has(anchor)) broken.push(`${page.path} → ${href} (anker bestaat niet)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no duplicate ids on a page', () => {
    const dupes = pages.flatMap((p) => {
      const all = p.root.querySelectorAll('[id]').map((el) => el.id);
      return [...new Set(all.filter((id, i) => all.indexOf(id) !== i))].map((id) => `${p.path}#${id}`);
    });
    expect(dupes).toEqual([]);
  });
});
