import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { getRegistry, type Registry } from '../content-model/registry';
import { failAt } from './fail';
import { mentionsOf } from '../content-model/mentions';

/** Which MDX component reads which folder of content/, and the anchor prefix its component sets. */
const lookups = { Quote: 'quotes', Example: 'examples' } as const;
const anchorPrefixes = { Quote: 'citaat', Example: 'voorbeeld' } as const;

/**
 * `<Quote id="…" />` and `<Example id="…" />` point at files in content/quotes and
 * content/examples. Checked at compile time, so a typo fails with file and line.
 */
export const remarkComponentIds: Plugin<[{ registry?: Registry }?], Root> = (options = {}) => {
  return (tree, file) => {
    const registry = options.registry ?? getRegistry();
    const record = mentionsOf(file);
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (!el.name || !(el.name in lookups)) return;
      const folder = lookups[el.name as keyof typeof lookups];
      const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof attr?.value === 'string' ? attr.value : undefined;
      if (!id) {
        failAt(file, el, `<${el.name}> zonder id="…"`, 'component-ids:missing');
      }
      if (!registry[folder].has(id)) {
        failAt(file, el, `<${el.name} id="${id}"> bestaat niet: geen bestand content/${folder}/${id}`, 'component-ids:unknown');
      }
      const prefix = anchorPrefixes[el.name as keyof typeof anchorPrefixes];
      record.mentions.push({ key: `${prefix}-${id}`, anchor: `${prefix}-${id}` });
    });
  };
};
