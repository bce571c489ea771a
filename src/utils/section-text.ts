import { gfmFromMarkdown } from 'mdast-util-gfm';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

/*
 * A content file as the reader sees its text, section by section: the part before the first
 * "##" heading, then each "##" section under its anchor ({#id}). The text is what Markdown
 * renders to (links as their words, no markup, no component tags); the change history compares it.
 */

export interface Section {
  /** The heading's anchor, or "" for the text before the first heading. */
  id: string;
  /** The heading as shown (without {#…}), or "" for the opening text. */
  heading: string;
  /** The raw source of the section (compared first: only changed sections are rendered). */
  source: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;
const HEADING = /^##\s+(.+?)\s*$/;
const IDS = /\s*\{#[^}]*\}/g;
/** Footnote markers [^12]: a number in the margin of the text, not a word of it. */
const FOOTNOTE_MARKERS = /\[\^[^\]\s]+\]/g;

/** Frontmatter fields of one line ("title: …"), enough for names in the history. */
export function frontmatterField(source: string, field: string): string | undefined {
  const block = FRONTMATTER.exec(source)?.[1] ?? '';
  const value = new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(block)?.[1]?.trim();
  return value?.replace(/^(['"])(.*)\1$/, '$2');
}

/** The sections of a Markdown or MDX file, split on "##" headings outside code fences. */
export function sectionsOf(source: string): Section[] {
  const body = source.replace(FRONTMATTER, '');
  const sections: Section[] = [{ id: '', heading: '', source: '' }];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) {
      const id = /\{#([^\s}]+)/.exec(heading[1])?.[1] ?? '';
      sections.push({ id, heading: heading[1].replace(IDS, '').trim(), source: '' });
    } else {
      sections.at(-1)!.source += `${line}\n`;
    }
  }
  return sections.filter((s, i) => i > 0 || s.source.trim());
}

// Made once: building the GFM extensions cost more than parsing a section.
const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** The rendered words of a section's source. */
export function renderedText(source: string): string {
  const tree = fromMarkdown(source.replace(IDS, '').replace(FOOTNOTE_MARKERS, ''), options);
  const blocks = (tree.children as Parameters<typeof toString>[0][]).map((node) => toString(node, { includeHtml: false }).trim());
  return blocks.filter(Boolean).join('\n').replace(/[ \t]+/g, ' ');
}
