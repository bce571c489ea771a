import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { mentionsOf } from '../content-model/mentions';

/** Nodes the other plugins add for readers of the HTML (tooltips, screen-reader names): not the entry's own text. */
const added = new Set(['footnoteMarker', 'fnTip', 'srOnly']);

function textOf(node: Node): string {
  if (added.has(node.type)) return '';
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as Node[]).map(textOf).join('');
  return '';
}

/** Records the entry's own text without markup (for the glossary's "komt voor in"). Runs last. */
export const remarkPlainText: Plugin<[], Root> = () => (tree, file) => {
  mentionsOf(file).text = tree.children.map(textOf).join('\n');
};
