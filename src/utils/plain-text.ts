/** Markdown to one line of plain text, for tooltips and titles (no HTML, no link targets). */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\[\^(\d+)\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
