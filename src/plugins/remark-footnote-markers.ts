import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Plugin } from 'unified';
import { footnoteAnchor, footnoteRefAnchor } from '../content-model/paths';
import { getRegistry, type Registry } from '../content-model/registry';
import type { Node } from 'unist';
import { failAt } from './fail';
import { FOOTNOTE_MARKER } from '../content-model/footnote-marker';
import { mentionsOf } from '../content-model/mentions';

export interface FootnoteMarkerOptions {
  registry?: Registry;
}

/**
 * The guide's footnotes are numbered across the whole guide and live in content/footnotes,
 * so pages write a bare marker `[^12]`. This turns it into a superscript link to the
 * footnote list at the bottom of the page, with the text in a popover shown on hover/focus (the
 * build replaces it with the note's own HTML, links included: src/integrations/postbuild/footnote-popovers.ts).
 */
export const remarkFootnoteMarkers: Plugin<[FootnoteMarkerOptions?], Root> = (options = {}) => {
  return (tree, file) => {
    const registry = options.registry ?? getRegistry();
    const seen = new Map<number, number>();
    const record = mentionsOf(file);
    findAndReplace(tree, [
      new RegExp(FOOTNOTE_MARKER.source, 'g'),
      (_match: string, digits: string, match: { stack: Node[] }) => {
        const n = Number(digits);
        const note = registry.footnotes.get(n);
        if (!note) {
          const known = [...registry.footnotes.keys()].sort((a, b) => a - b).join(', ');
          failAt(file, match.stack.at(-1), `onbekende voetnoot [^${n}] (bekend: ${known})`, 'footnote-markers:unknown');
        }
        const k = (seen.get(n) ?? 0) + 1;
        seen.set(n, k);
        const id = footnoteRefAnchor(n, k);
        record.mentions.push({ key: `voetnoot-${n}`, anchor: id });
        if (!record.footnotes.includes(n)) record.footnotes.push(n);
        const tip = note.missing ? 'Tekst ontbreekt in de bronversie.' : note.text;
        return {
          type: 'footnoteMarker',
          data: { hName: 'sup', hProperties: { className: ['fn-ref'] } },
          children: [
            {
              type: 'link',
              url: `#${footnoteAnchor(n)}`,
              data: { hProperties: { id, 'aria-describedby': `${id}-tip`, 'data-footnote': n } },
              children: [
                { type: 'srOnly', data: { hName: 'span', hProperties: { className: ['sr-only'] } }, children: [{ type: 'text', value: 'voetnoot ' }] },
                { type: 'text', value: String(n) },
              ],
            },
            {
              type: 'fnTip',
              data: { hName: 'span', hProperties: { id: `${id}-tip`, className: ['fn-tip'], 'data-pagefind-ignore': '' } },
              children: [{ type: 'text', value: tip }],
            },
          ],
        } as never;
      },
    ]);
  };
};
