import type { Element, Properties } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * The visible "#" after each heading (drawn by CSS): a link to that section, to copy into
 * policy documents. It has no text node, so tables of contents and search titles stay clean;
 * its accessible name says which section it links to.
 */
export function headingLinkProperties(heading: Element): Properties {
  return { className: ['heading-link'], ariaLabel: `Link naar dit kopje: ${toString(heading)}` };
}
