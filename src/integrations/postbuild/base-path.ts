import type { HTMLElement } from 'node-html-parser';
import { site } from '../../config/site.mjs';
import { withBase } from '../../content-model/base-path';

/*
 * Under a sub-path every root-relative address in a page gets the base: links, forms, images,
 * the redirect pages' meta refresh, og:image without a site URL, and string literals in inline
 * scripts ('/pagefind/…'). Templates keep writing site paths ("/zoeken/"), so no link can forget
 * it. Addresses Astro already based (its /_astro/ assets) are left alone.
 */

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'];
/** Inline script string literals that start a site path: '/pagefind/…', "/zoeken/". */
const SCRIPT_PATH = /(['"`])\/(?=[a-z_])/g;

export function rebase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith(base)) return path;
  return withBase(path, base);
}

/** A page pass (page-passes.ts); does nothing at the root of a domain. */
export function basePathPass(root: HTMLElement, base: string = site.base): boolean {
  if (base === '/') return false;
  let changed = false;
  const set = (el: HTMLElement, name: string, value: string) => {
    if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
      changed = true;
    }
  };
  for (const name of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[${name}^="/"]`)) set(el, name, rebase(el.getAttribute(name)!, base));
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    const srcset = el.getAttribute('srcset')!.split(',').map((c) => c.trim().replace(/^\S+/, (u) => rebase(u, base)));
    set(el, 'srcset', srcset.join(', '));
  }
  for (const el of root.querySelectorAll('meta[content^="/"]')) set(el, 'content', rebase(el.getAttribute('content')!, base));
  // The parser keeps <noscript> as raw text: the redirect pages' meta refresh, the search page's links.
  for (const el of root.querySelectorAll('noscript')) {
    const text = el.innerHTML;
    const based = text.replace(/(url=|\s(?:href|src|action)=")(\/[^;"]*)/gi, (_, key: string, u: string) => `${key}${rebase(u, base)}`);
    if (based !== text) {
      el.set_content(based);
      changed = true;
    }
  }
  for (const script of root.querySelectorAll('script:not([src])')) {
    if (script.getAttribute('type') === 'application/ld+json') continue;
    const text = script.textContent;
    const based = text.replace(SCRIPT_PATH, (m, quote: string, offset: number) =>
      text.startsWith(base.slice(1), offset + 2) ? m : `${quote}${base}`,
    );
    if (based !== text) {
      script.set_content(based);
      changed = true;
    }
  }
  return changed;
}
