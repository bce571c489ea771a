import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { getRegistry, type Registry } from '../utils/registry';

/** Which MDX component reads which folder of content/. */
const lookups = { Quote: 'quotes', Example: 'examples' } as const;

/**
 * `<Quote id="…" />` and `<Example id="…" />` point at files in content/quotes and
 * content/examples. Checked at compile time, so a typo fails with file and line.
 */
export const remarkComponentIds: Plugin<[{ registry?: Registry }?], Root> = (options = {}) => {
  return (tree, file) => {
    const registry = options.registry ?? getRegistry();
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (!el.name || !(el.name in lookups)) return;
      const folder = lookups[el.name as keyof typeof lookups];
      const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof attr?.value === 'string' ? attr.value : undefined;
      const where = `${file.path ?? 'onbekend bestand'}:${el.position?.start.line ?? '?'}`;
      if (!id) {
        file.fail(`${where}: <${el.name}> zonder id="…"`, el, 'component-ids:missing');
        return;
      }
      if (!registry[folder].has(id)) {
        file.fail(`${where}: <${el.name} id="${id}"> bestaat niet: geen bestand content/${folder}/${id}`, el, 'component-ids:unknown');
      }
    });
  };
};
