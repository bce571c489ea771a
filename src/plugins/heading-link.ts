import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * The visible "#" after each heading: a link to that section, to copy and paste into
 * policy documents. Its accessible name says which section it links to.
 */
export function headingLinkContent(heading: Element): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: `Link naar dit kopje: ${toString(heading)}` }],
    },
  ];
}
