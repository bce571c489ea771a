/** Markdown to one line of plain text, for tooltips and titles (no HTML, no link targets). */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\[\^(\d+)\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/[*`]+/g, '')
    // Underscores only as emphasis markers at word edges: met_andere_ogen.pdf keeps its own.
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
