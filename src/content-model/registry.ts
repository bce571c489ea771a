import { footnotePlainText } from './footnote-text';
import { readContent, type ContentSnapshot } from './content-files';
import { contentDir } from './content-dir';

/**
 * What a reference may point at, read straight from content/ so that Markdown plugins
 * (which run before collections exist) can validate references and show footnote texts.
 */
export interface Registry {
  themes: Map<number, { id: string; title: string }>;
  steps: Map<string, { title: string }>;
  footnotes: Map<number, { text: string; missing: boolean; file?: string }>;
  sources: Map<string, { title: string; url?: string }>;
  achtergrond: Map<string, { title: string }>;
  pages: Map<string, { title: string }>;
  quotes: Set<string>;
  examples: Set<string>;
}

const titled = (entries: ContentSnapshot['pages']) => new Map(entries.map((e) => [e.id, { title: String(e.data.title ?? e.id) }]));

/** The registry of a content snapshot. Duplicates are reported by validateContent; here the first wins. */
export function registryFrom(snapshot: ContentSnapshot): Registry {
  const themes = new Map<number, { id: string; title: string }>();
  for (const t of snapshot.themes) if (Number.isInteger(t.data.number) && !themes.has(Number(t.data.number))) themes.set(Number(t.data.number), { id: t.id, title: String(t.data.title ?? t.id) });
  const footnotes = new Map<number, { text: string; missing: boolean; file: string }>();
  for (const f of snapshot.footnotes) {
    const n = Number(f.data.number);
    if (!footnotes.has(n)) footnotes.set(n, { text: footnotePlainText(f.body), missing: f.data.missing === true, file: f.file });
  }
  return {
    themes,
    steps: titled(snapshot.steps),
    footnotes,
    sources: new Map(snapshot.sources.map((s) => [s.id, { title: String(s.data.title ?? s.id), url: typeof s.data.url === 'string' ? s.data.url : undefined }])),
    achtergrond: titled(snapshot.achtergrond),
    pages: titled(snapshot.pages),
    quotes: new Set(snapshot.quotes.map((q) => q.id)),
    examples: new Set(snapshot.examples.map((e) => e.id)),
  };
}

export const loadRegistry = (root: string = contentDir): Registry => registryFrom(readContent(root));

let cached: Registry | undefined;

/**
 * The registry of the configured content folder, read once. Every Markdown file of the build
 * asks for it (three plugins each): checking content/ on each call (a stat of every file) made
 * the build quadratic in the number of files. `astro dev` calls forgetRegistry() when a file in
 * content/ changes (integrations/guide-content.ts), so edits still show without a restart.
 */
export function getRegistry(): Registry {
  cached ??= loadRegistry();
  return cached;
}

/** content/ changed: the next getRegistry() reads it again. */
export function forgetRegistry(): void {
  cached = undefined;
}
