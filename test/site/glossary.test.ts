import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { loadSearchGlossary } from '../../src/utils/search-glossary';

const text = (s: string) => s.replace(/\u00AD/g, '').replace(/[“”"]/g, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** What a reader looks up on /begrippen/: the guide's own explanation, or that it gives none. */
describe('/begrippen/', () => {
  const pages = new Map(builtPages().map((p) => [p.path, p]));
  const page = pages.get('/begrippen/')!;
  const terms = page.root.querySelectorAll('dl > div');
  const { begrippen } = loadSearchGlossary();

  it('lists every term of the glossary, each with an explanation quoted from the guide or the note that it has none', () => {
    expect(terms.length).toBe(begrippen.length);
    const neither = terms.filter((t) => !t.querySelector('.begrip-uitleg') && !/De handreiking legt dit begrip niet uit\./.test(t.text)).map((t) => t.querySelector('dt')!.text);
    expect(neither).toEqual([]);
    expect(page.root.querySelectorAll('.begrip-uitleg').length).toBe(begrippen.filter((b) => b.uitleg).length);
    expect(page.root.querySelectorAll('.begrip-uitleg').length).toBeGreaterThan(0);
    // The old machine-looking line of lowercase search variants is gone.
    expect(page.root.querySelector('dl')!.text).not.toMatch(/\bOok: /);
  });

  it('each quote stands, word for word, on the page (and section) it links to', () => {
    const wrong = page.root.querySelectorAll('.begrip-uitleg').flatMap((figure) => {
      const quote = text(figure.querySelector('blockquote')!.text);
      const href = figure.querySelector('figcaption a')!.getAttribute('href')!;
      const [path, anchor] = href.split('#');
      const target = pages.get(path);
      const scope = anchor ? target?.root.querySelector(`[id="${anchor}"]`)?.closest('.heading-wrap') ?? undefined : target?.root.querySelector('article');
      // A section: its heading and what follows up to the next heading of the same level.
      let sectionText = '';
      for (let el = scope?.nextElementSibling; el && !el.classList.contains('heading-wrap'); el = el.nextElementSibling) sectionText += ` ${el.text}`;
      const where = anchor ? sectionText : scope?.text ?? '';
      return text(where).includes(quote) ? [] : [`${quote.slice(0, 50)}… not found at ${href}`];
    });
    expect(wrong).toEqual([]);
  });
});
