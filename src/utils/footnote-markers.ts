/** A footnote marker in the guide's Markdown: `[^12]`. Footnote texts live in content/footnotes. */
export const FOOTNOTE_MARKER = /\[\^(\d+)\]/;

/** The footnote numbers a Markdown body cites, in order of first appearance. */
export function citedFootnotes(markdown: string): number[] {
  const numbers = [...markdown.matchAll(new RegExp(FOOTNOTE_MARKER.source, 'g'))].map((m) => Number(m[1]));
  return [...new Set(numbers)];
}
