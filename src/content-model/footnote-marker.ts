/** A footnote marker in the guide's Markdown: `[^12]`. Footnote texts live in content/footnotes. */
export const FOOTNOTE_MARKER = /\[\^(\d+)\]/;
