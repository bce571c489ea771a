import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
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

/** 1-based line of each top-level key of a YAML map, from the yaml package's own positions. */
function keyLines(node: unknown, counter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(node)) return lines;
  for (const { key } of node.items) if (isScalar(key) && key.range) lines.set(String(key.value), counter.linePos(key.range[0]).line);
  return lines;
}

/** Where a field is written: its key's line, or the line where the entry starts. */
const lineOfField = (lines: Map<string, number>, start: number) => (field?: string) => (field && lines.get(field)) || start;

/** A YAML text as a document with line positions; a syntax error throws, as parseYaml does. */
function yamlDocument(text: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) throw doc.errors[0];
  return { doc, counter };
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
      try {
        const yaml = ext === '.yaml' ? text : parseFrontmatter(text).rawFrontmatter;
        const { doc, counter } = yamlDocument(yaml);
        const data =
          ext === '.yaml' ? ((doc.toJS() ?? {}) as Record<string, unknown>) : (parseFrontmatter(text).frontmatter as Record<string, unknown>);
        const body = ext === '.yaml' ? '' : parseFrontmatter(text, { frontmatter: 'empty-with-lines' }).content;
        // The frontmatter starts on the line of the opening ---, so its lines are the file's.
        const lineOf = lineOfField(keyLines(doc.contents, counter), 1);
        return [{ id: basename(name, ext), file: shown(path), path: resolve(path), data, body, lineOf }];
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
  let parsed: ReturnType<typeof yamlDocument>;
  try {
    parsed = yamlDocument(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${shown(path)}:1: geen geldige YAML: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  const { doc, counter } = parsed;
  const list = doc.contents;
  if (list !== null && !isSeq(list)) {
    problems.push(`${shown(path)}:1: verwacht een lijst van bronnen (elk item begint met "- id: …")`);
    return [];
  }
  return (list?.items ?? []).map((item) => {
    const data = ((isMap(item) ? item.toJSON() : undefined) ?? {}) as Record<string, unknown>;
    const start = (isNode(item) && item.range ? counter.linePos(item.range[0]).line : 1);
    return { id: String(data.id ?? ''), file: shown(path), path: resolve(path), data, body: '', lineOf: lineOfField(keyLines(item, counter), start) };
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
