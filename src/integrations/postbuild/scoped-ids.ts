import type { HTMLElement } from 'node-html-parser';

const REFERRING = ['aria-describedby', 'aria-labelledby', 'for'];

/**
 * The whole-guide page shows many entries at once, each with its own anchors (fnref-4,
 * waar-kan-een-gemeente-op-inzetten, …). Inside every element marked data-id-scope="x",
 * ids become "x-…" and in-scope references follow; links from outside a scope (the shared
 * footnote list) go to the first scope that defines the anchor.
 */
export function scopeIds(root: HTMLElement): boolean {
  const scopes = root.querySelectorAll('[data-id-scope]');
  if (scopes.length === 0) return false;
  const firstScopeOf = new Map<string, string>();
  for (const scope of scopes) {
    const prefix = scope.getAttribute('data-id-scope')!;
    const local = new Set(scope.querySelectorAll('[id]').map((el) => el.id));
    const rename = (id: string) => (local.has(id) ? `${prefix}-${id}` : id);
    for (const id of local) if (!firstScopeOf.has(id)) firstScopeOf.set(id, `${prefix}-${id}`);
    for (const el of scope.querySelectorAll('*')) rewrite(el, rename);
  }
  const outsideIds = new Set(root.querySelectorAll('[id]').filter((el) => !el.closest('[data-id-scope]')).map((el) => el.id));
  for (const el of root.querySelectorAll('[href^="#"]').filter((el) => !el.closest('[data-id-scope]'))) {
    const id = el.getAttribute('href')!.slice(1);
    if (!outsideIds.has(id) && firstScopeOf.has(id)) el.setAttribute('href', `#${firstScopeOf.get(id)}`);
  }
  return true;
}

function rewrite(el: HTMLElement, rename: (id: string) => string) {
  if (el.id) el.setAttribute('id', rename(el.id));
  const href = el.getAttribute('href');
  if (href?.startsWith('#')) el.setAttribute('href', `#${rename(href.slice(1))}`);
  for (const attr of REFERRING) {
    const value = el.getAttribute(attr);
    if (value) el.setAttribute(attr, value.split(/\s+/).map(rename).join(' '));
  }
}
