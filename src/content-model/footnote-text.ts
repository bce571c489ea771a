import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { FOOTNOTE_MARKER } from './footnote-marker';

/**
 * A footnote's text as one line of plain text, for the tooltip at each marker: parsed with the
 * same Markdown parser as the pages (GFM), so the text is exactly what the footnote shows
 * (link texts, URLs with underscores, code) minus markup and nested footnote markers.
 */
export function footnotePlainText(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return tree.children
    .map((block) => toString(block, { includeImageAlt: true }))
    .join(' ')
    .replace(new RegExp(FOOTNOTE_MARKER.source, 'g'), '')
    .replace(/\s+/g, ' ')
    .trim();
}
