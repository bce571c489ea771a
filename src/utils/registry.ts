import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './content-dir';
import { markdownToPlainText } from './plain-text';

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

function frontmatterFiles(dir: string, ext: string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, f), 'utf8'));
      return { id: basename(f, ext), data: frontmatter as Record<string, unknown>, body: content };
    });
}

const fileIds = (dir: string, ext: string) =>
  new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => basename(f, ext)) : []);

const asTitle = (data: Record<string, unknown>, id: string) => String(data.title ?? id);

export function loadRegistry(root: string = contentDir): Registry {
  const themes = new Map<number, { id: string; title: string }>();
  for (const { id, data } of frontmatterFiles(join(root, 'themes'), '.mdx')) {
    themes.set(Number(data.number), { id, title: asTitle(data, id) });
  }
  const footnotes = new Map<number, { text: string; missing: boolean; file: string }>();
  for (const { id, data, body } of frontmatterFiles(join(root, 'footnotes'), '.md')) {
    const n = Number(data.number);
    const file = join(root, 'footnotes', `${id}.md`);
    const other = footnotes.get(n);
    if (other) throw new Error(`Voetnootnummer ${n} komt twee keer voor: ${other.file} en ${file}`);
    footnotes.set(n, { text: markdownToPlainText(body), missing: data.missing === true, file });
  }
  const sources = new Map<string, { title: string }>();
  const sourceFile = join(root, 'sources', 'sources.yaml');
  if (existsSync(sourceFile)) {
    const list = (parseYaml(readFileSync(sourceFile, 'utf8')) ?? []) as { id: string; title: string }[];
    for (const s of list) {
      // The file loader would silently keep only the last of two equal ids.
      if (sources.has(s.id)) throw new Error(`${sourceFile}: bron-id "${s.id}" komt twee keer voor; elke bron staat er één keer in`);
      sources.set(s.id, { title: s.title });
    }
  }
  const byId = (folder: string, ext: string) =>
    new Map(frontmatterFiles(join(root, folder), ext).map(({ id, data }) => [id, { title: asTitle(data, id) }]));
  return {
    themes,
    steps: byId('steps', '.mdx'),
    footnotes,
    sources,
    achtergrond: byId('achtergrond', '.md'),
    pages: byId('pages', '.mdx'),
    quotes: fileIds(join(root, 'quotes'), '.yaml'),
    examples: fileIds(join(root, 'examples'), '.md'),
  };
}

let cached: Registry | undefined;
/** The registry of the configured content folder, read once per build. */
export const getRegistry = () => (cached ??= loadRegistry());
