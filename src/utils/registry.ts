import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { footnotePlainText } from '../plugins/footnote-text';
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
  sources: Map<string, { title: string }>;
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
    sources: new Map(snapshot.sources.map((s) => [s.id, { title: String(s.data.title ?? s.id) }])),
    achtergrond: titled(snapshot.achtergrond),
    pages: titled(snapshot.pages),
    quotes: new Set(snapshot.quotes.map((q) => q.id)),
    examples: new Set(snapshot.examples.map((e) => e.id)),
  };
}

export const loadRegistry = (root: string = contentDir): Registry => registryFrom(readContent(root));

/**
 * Changes to content/ (a new footnote, a renamed quote) must show in `npm run dev` without a
 * restart: the registry is re-read when any file's size or time changed (a few stat calls).
 */
function contentSignature(root: string): string {
  const parts: string[] = [];
  for (const folder of ['themes', 'steps', 'pages', 'footnotes', 'achtergrond', 'examples', 'quotes', 'sources']) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const s = statSync(join(dir, name));
      parts.push(`${folder}/${name}:${s.size}:${s.mtimeMs}`);
    }
  }
  return parts.join('|');
}

let cached: { signature: string; registry: Registry } | undefined;
/** The registry of the configured content folder, re-read only when content/ changed. */
export function getRegistry(): Registry {
  const signature = contentSignature(contentDir);
  if (cached?.signature !== signature) cached = { signature, registry: loadRegistry() };
  return cached.registry;
}
