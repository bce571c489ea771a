import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './content-dir';

/** One file (or one item of a YAML list) of content/, as an editor wrote it. */
export interface ContentFile {
  /** Id from the file name (or the item's `id`). */
  id: string;
  /** Path as the editor knows it, e.g. content/themes/huisvesting.mdx. */
  file: string;
  /** Absolute path, for the Markdown pipeline. */
  path: string;
  data: Record<string, unknown>;
  /** Markdown body (empty for YAML); the frontmatter is kept as empty lines, so lines match the file. */
  body: string;
  /** Line in `file` where a field is written (1 when unknown), for file:line messages. */
  lineOf: (field?: string) => number;
}

/** Everything in content/ that the site is built from, read without building it. */
export interface ContentSnapshot {
  root: string;
  themes: ContentFile[];
  steps: ContentFile[];
  pages: ContentFile[];
  footnotes: ContentFile[];
  achtergrond: ContentFile[];
  examples: ContentFile[];
  quotes: ContentFile[];
  sources: ContentFile[];
  /** Problems found while reading (YAML that is not a list, unparsable files). */
  readProblems: string[];
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** 1-based line of `key:` in the text, searching from line `from`. */
function keyLine(lines: string[], key: string | undefined, from = 0, to = lines.length): number {
  if (key) {
    const pattern = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    for (let i = from; i < to; i++) if (pattern.test(lines[i])) return i + 1;
  }
  return from + 1;
}

function readFolder(root: string, folder: string, ext: string, problems: string[]): ContentFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      try {
        const data =
          ext === '.yaml'
            ? ((parseYaml(text) ?? {}) as Record<string, unknown>)
            : (parseFrontmatter(text).frontmatter as Record<string, unknown>);
        const body = ext === '.yaml' ? '' : parseFrontmatter(text, { frontmatter: 'empty-with-lines' }).content;
        return [{ id: basename(name, ext), file: shown(path), path: resolve(path), data, body, lineOf: (field?: string) => keyLine(lines, field) }];
      } catch (error) {
        problems.push(`${shown(path)}:1: de kop (frontmatter/YAML) is geen geldige YAML: ${(error as Error).message.split('\n')[0]}`);
        return [];
      }
    });
}

/** content/sources/sources.yaml: one list, one item per source; each item knows its own lines. */
function readSources(root: string, problems: string[]): ContentFile[] {
  const path = join(root, 'sources', 'sources.yaml');
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  let list: unknown;
  try {
    list = parseYaml(text) ?? [];
  } catch (error) {
    problems.push(`${shown(path)}:1: geen geldige YAML: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  if (!Array.isArray(list)) {
    problems.push(`${shown(path)}:1: verwacht een lijst van bronnen (elk item begint met "- id: …")`);
    return [];
  }
  // Items start at lines "- …" without indentation, in the same order as the parsed list.
  const starts = lines.flatMap((line, i) => (/^-\s/.test(line) ? [i] : []));
  return list.map((raw, i) => {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? lines.length;
    const data = (raw ?? {}) as Record<string, unknown>;
    return { id: String(data.id ?? ''), file: shown(path), path: resolve(path), data, body: '', lineOf: (field?: string) => keyLine(lines, field, from, to) };
  });
}

export function readContent(root: string = contentDir): ContentSnapshot {
  const readProblems: string[] = [];
  return {
    root,
    themes: readFolder(root, 'themes', '.mdx', readProblems),
    steps: readFolder(root, 'steps', '.mdx', readProblems),
    pages: readFolder(root, 'pages', '.mdx', readProblems),
    footnotes: readFolder(root, 'footnotes', '.md', readProblems),
    achtergrond: readFolder(root, 'achtergrond', '.md', readProblems),
    examples: readFolder(root, 'examples', '.md', readProblems),
    quotes: readFolder(root, 'quotes', '.yaml', readProblems),
    sources: readSources(root, readProblems),
    readProblems,
  };
}
