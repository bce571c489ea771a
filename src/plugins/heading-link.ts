import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * The "#" link to each section, to copy into policy documents. It sits after the heading, not
 * inside it (as in Starlight), so the heading's accessible name is just its text; both are
 * wrapped in one element that places them on a line. The "#" is drawn by CSS: the link has no
 * text node, so tables of contents and search titles stay clean.
 */
export function headingLinkProperties(heading: Element): Properties {
  return { className: ['heading-link'], ariaLabel: `Link naar het kopje ‘${toString(heading)}’` };
}

/** The wrapper around a heading and its link (rehype-autolink-headings' `group`). */
export function headingLinkGroup(heading: Element): ElementContent {
  return { type: 'element', tagName: 'div', properties: { className: ['heading-wrap', `heading-wrap-${heading.tagName}`] }, children: [] };
}
