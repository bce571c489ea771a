import type { HTMLElement } from 'node-html-parser';
import { getRegistry, type Registry } from '../../content-model/registry';

const SHIFT: Record<string, string> = { H2: 'h3', H3: 'h4', H4: 'h5' };
const SOURCE_PAGE = /\/bronnen\/([^/#?]+)\/$/;

const words = (text: string) => new Set(text.toLocaleLowerCase('nl').match(/[\p{L}\d]{4,}/gu) ?? []);
const sharesWord = (text: string, title: string) => [...words(text)].some((w) => words(title).has(w));
const bare = (url: string) => url.trim().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

/**
 * Build-time marks for print and PDF (src/styles/print.css shows them):
 * - inside [data-heading-shift] (the parts of the whole guide) headings move one level down,
 *   so each part is one h2 with its own sections under it (the PDF outline follows headings);
 * - an external link whose text is its own address gets data-url-tekst, so print CSS does not
 *   print the address a second time after it;
 * - a link to a source of the catalogue gets data-print-adres, the source's own web address
 *   where content/ gives one and the text around it does not show it; where the link text shares
 *   no word with the source's title ("hier", "Slot en Leseman (2019)"), the name that screen
 *   readers hear is printed too (class print-toon);
 * - on the whole guide, a link to a part it holds (section[data-print-path]) stays on the page
 *   (so it also works in the PDF), to the same section where that part has it.
 */
export function printMarks(root: HTMLElement, registry: Pick<Registry, 'sources'> = getRegistry()): boolean {
  let changed = false;
  for (const scope of root.querySelectorAll('[data-heading-shift]')) {
    for (const heading of scope.querySelectorAll('h2, h3, h4')) {
      heading.tagName = SHIFT[heading.tagName];
      changed = true;
    }
    for (const wrap of scope.querySelectorAll('.heading-wrap')) {
      const inner = wrap.querySelector('h3, h4, h5');
      if (inner) wrap.setAttribute('class', `heading-wrap heading-wrap-${inner.tagName.toLowerCase()}`);
    }
  }
  for (const a of root.querySelectorAll('a[href^="http"]')) {
    if (bare(a.textContent) === bare(a.getAttribute('href') ?? '')) {
      a.setAttribute('data-url-tekst', '');
      changed = true;
    }
  }
  for (const a of root.querySelectorAll('a.ref-bron')) {
    const source = registry.sources.get(SOURCE_PAGE.exec(a.getAttribute('href') ?? '')?.[1] ?? '');
    if (!source) continue;
    // Not where the address stands in the text already ("PACT voor Kindcentra: www.pactvoorkindcentra.nl").
    const block = a.closest('li, p, td') ?? a;
    if (source.url && !block.textContent.toLowerCase().includes(bare(source.url).toLowerCase())) {
      a.setAttribute('data-print-adres', source.url);
      changed = true;
    }
    // The name screen readers hear ("hier (Bron: …)"), printed where the text shares no word with it.
    const name = a.querySelector('.sr-only');
    if (name && !sharesWord(a.textContent.replace(name.textContent, ''), source.title)) {
      name.classList.add('print-toon');
      changed = true;
    }
  }
  return keepOnPage(root) || changed;
}

/** Links within the whole guide to one of its parts go to that part on the page. */
function keepOnPage(root: HTMLElement): boolean {
  const parts = new Map(root.querySelectorAll('section[data-print-path]').map((s) => [s.getAttribute('data-print-path')!, s.id]));
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
  let changed = false;
  for (const a of root.querySelectorAll('main a[href^="/"]')) {
    const [path, fragment] = a.getAttribute('href')!.split('#');
    const scope = parts.get(path);
    if (!scope) continue;
    a.setAttribute('href', fragment && ids.has(`${scope}-${fragment}`) ? `#${scope}-${fragment}` : `#${scope}`);
    changed = true;
  }
  return changed;
}
