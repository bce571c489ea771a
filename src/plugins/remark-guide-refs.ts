import type { Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { parseReference, resolveReference } from '../content-model/references';
import { getRegistry, type Registry } from '../content-model/registry';
import { anchorPrefix, refAnchor } from '../content-model/paths';
import { failAt } from './fail';
import { mentionsOf } from '../content-model/mentions';

export interface GuideRefsOptions {
  /** Injected in tests; the build reads content/. */
  registry?: Registry;
}

/**
 * Turns typed references such as `[thema 3](thema:3)` or `[SER](bron:ser-2016-…)` into real links.
 * An unknown target fails the build with file, line and the bad value.
 * Each link gets a stable anchor so that backlinks can point to the place of mention,
 * and the target's name is added for screen readers (the visible text is often just "thema 3").
 */
export const remarkGuideRefs: Plugin<[GuideRefsOptions?], Root> = (options = {}) => {
  return (tree, file) => {
    const registry = options.registry ?? getRegistry();
    const seen = new Map<string, number>();
    const prefix = anchorPrefix(file.path);
    const record = mentionsOf(file);
    const byUrl = sourcesByUrl(registry);
    visit(tree, 'link', (node: Link) => {
      const ref = parseReference(node.url);
      if (!ref) {
        // A plain link to the address of a listed source is a mention of it too, so its page lists where.
        // Its anchors count apart ("ref-adres-…"): the published anchors of `bron:` links never shift.
        const id = byUrl.get(urlKey(node.url));
        if (!id) return;
        const k = (seen.get(`adres-${id}`) ?? 0) + 1;
        seen.set(`adres-${id}`, k);
        const anchor = prefix + refAnchor('adres', id, k);
        record.mentions.push({ key: `bron-${id}`, anchor });
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: anchor } };
        return;
      }
      const resolved = resolveReference(ref, registry);
      if ('error' in resolved) {
        failAt(file, node, resolved.error, 'guide-refs:unknown');
      }
      const key = `${ref.kind}-${ref.target}`;
      const k = (seen.get(key) ?? 0) + 1;
      seen.set(key, k);
      const anchor = prefix + refAnchor(ref.kind, ref.target, k);
      record.mentions.push({ key, anchor });
      node.url = resolved.href;
      node.data = {
        ...node.data,
        hProperties: { id: anchor, className: ['ref', `ref-${ref.kind}`] },
      };
      const extra = screenReaderExtra(linkText(node), resolved.title);
      if (extra) {
        node.children.push({
          type: 'srOnly',
          // For screen readers only; search excerpts would only repeat it.
          data: { hName: 'span', hProperties: { className: ['sr-only'], 'data-pagefind-ignore': '' } },
          children: [{ type: 'text', value: ` (${extra})` }],
        } as never);
      }
    });
  };
};

/** A web address as sources.yaml and the text may write it differently: protocol, www., closing slash. */
export const urlKey = (url: string) =>
  url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

const sourcesByUrl = (registry: Registry) =>
  new Map([...registry.sources].filter(([, s]) => s.url).map(([id, s]) => [urlKey(s.url!), id]));

const linkText = (node: { children?: unknown[]; value?: unknown }): string =>
  typeof node.value === 'string' ? node.value : (node.children ?? []).map((c) => linkText(c as typeof node)).join('');

const fold = (text: string) => text.toLocaleLowerCase('nl').replace(/[‘’'"“”*_]/g, '').replace(/\s+/g, ' ').trim();

/**
 * What a screen reader should hear after the visible link text, so the name says where the
 * link goes without saying anything twice: nothing when the text already holds the whole
 * title ("Thema 3: …"); only the kind ("bron", "thema 3") when it holds the target's name
 * ("Ruimte-OK" → "Ruimte-OK (bron)"); otherwise the whole title ("thema 3" → "… (Thema 3: …)").
 */
export function screenReaderExtra(visible: string, title: string): string | undefined {
  const text = fold(visible);
  if (text.includes(fold(title))) return undefined;
  const [, kind, name] = /^(.+?): (.+)$/.exec(title) ?? [];
  if (kind && name && text.includes(fold(name))) return text.includes(fold(kind)) ? undefined : kind.toLocaleLowerCase('nl');
  return title;
}
