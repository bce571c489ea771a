import type { VFile } from 'vfile';

/**
 * What one content file cites, recorded by the remark plugins while they resolve it and
 * returned by Astro's render() as `remarkPluginFrontmatter.guide`. Backlinks, footnote lists
 * and the catalogues read this instead of parsing Markdown again.
 */
export interface Mentions {
  /** Every mention in document order: `key` names the target (`thema-3`, `voetnoot-12`, `bron-<id>`,
   * `citaat-<id>`, `voorbeeld-<id>`), `anchor` the id of the place of mention in this file. */
  mentions: { key: string; anchor: string }[];
  /** Footnote numbers cited with a marker `[^n]`, in order of first appearance. */
  footnotes: number[];
  /** The text without markup, footnote tooltips and link targets. */
  text?: string;
}

export const emptyMentions = (): Mentions => ({ mentions: [], footnotes: [] });

/** The record of this file, created on first use (Astro's render result keeps `data.astro.frontmatter`). */
export function mentionsOf(file: VFile): Mentions {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return ((data.astro.frontmatter.guide as Mentions | undefined) ??= emptyMentions());
}

/** Read back what a render recorded (an entry without citations has no record). */
export const readMentions = (frontmatter: Record<string, unknown> | undefined): Mentions =>
  (frontmatter?.guide as Mentions | undefined) ?? emptyMentions();
