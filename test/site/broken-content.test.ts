import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * "Bad content never ships": each case copies the valid fixture test/fixtures/content-minimal,
 * breaks one file and builds it. The build must fail, and its output must name the broken file
 * (relative to the content folder, e.g. themes/een.mdx) and say what is wrong.
 *
 * The builds run up front in beforeAll, two at a time (this machine has two cores), so the
 * whole file stays well under a minute and a half. Each build runs in its own copy of the
 * project (see isolatedProject): builds that share a project root corrupt each other.
 */

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'content-minimal');
const CONCURRENCY = 2;
const BUILD_TIMEOUT_MS = 120_000;

interface Case {
  name: string;
  /** The file that is broken, relative to the content folder; the output must name it. */
  file: string;
  /** Full new contents of `file` (which may be a new file), or a function of its current contents. */
  write: string | ((current: string) => string);
  /** What the output must say about the problem. */
  message: RegExp;
}

const replace = (from: string | RegExp, to: string) => (current: string) => {
  const next = current.replace(from, to);
  if (next === current) throw new Error(`fixture niet aangepast: "${String(from)}" niet gevonden`);
  return next;
};

const cases: Case[] = [
  {
    name: 'missing title',
    file: 'themes/een.mdx',
    write: replace(/^title: .*\n/m, ''),
    message: /title[\s\S]{0,200}(required|verplicht|ontbreekt|expected string)/i,
  },
  {
    name: 'wrong type (number: "drie")',
    file: 'themes/twee.mdx',
    write: replace(/^number: 2$/m, 'number: "drie"'),
    message: /number[\s\S]{0,200}(expected (type `?"?)?number|getal)/i,
  },
  {
    name: 'unknown theme reference (thema:9)',
    file: 'pages/waarom.mdx',
    write: replace('(thema:2)', '(thema:9)'),
    message: /onbekende verwijzing "thema:9": thema 9 bestaat niet/,
  },
  {
    name: 'unknown footnote marker ([^99])',
    file: 'pages/vooraf.mdx',
    write: replace('[^1]', '[^99]'),
    message: /onbekende voetnoot \[\^99\]/,
  },
  {
    name: 'unknown source reference (bron:bestaat-niet)',
    file: 'themes/een.mdx',
    write: replace('Zie ook [thema 2](thema:2)', 'Zie ook [een bron](bron:bestaat-niet)'),
    message: /onbekende verwijzing "bron:bestaat-niet": bron "bestaat-niet" bestaat niet/,
  },
  {
    name: 'unknown step reference (stap:bestaat-niet)',
    file: 'pages/aan-de-slag.mdx',
    write: replace('(stap:startpunt)', '(stap:bestaat-niet)'),
    message: /onbekende verwijzing "stap:bestaat-niet": stap "bestaat-niet" bestaat niet/,
  },
  {
    name: 'unknown page reference (pagina:bestaat-niet)',
    file: 'footnotes/01.md',
    write: replace('(pagina:colofon)', '(pagina:bestaat-niet)'),
    message: /onbekende verwijzing "pagina:bestaat-niet": pagina "bestaat-niet" bestaat niet/,
  },
  {
    name: 'unknown background reference (achtergrond:bestaat-niet)',
    file: 'pages/colofon.mdx',
    write: replace('(achtergrond:artikel-test)', '(achtergrond:bestaat-niet)'),
    message: /onbekende verwijzing "achtergrond:bestaat-niet": achtergrondartikel "bestaat-niet" bestaat niet/,
  },
  {
    // A new file next to footnotes/01.md, so that no reference breaks: only the numbering is wrong.
    name: 'duplicate footnote number (two files with number: 1)',
    file: 'footnotes/03.md',
    write: '---\nnumber: 1\n---\n\nNog een voetnoot met hetzelfde nummer.\n',
    message: /Voetnootnummer 1 komt twee keer voor/,
  },
  {
    // Appended, so that every bron: reference still resolves.
    name: 'duplicate source id in sources.yaml',
    file: 'sources/sources.yaml',
    write: (current) => `${current}\n- id: voorbeeld-website\n  title: Dezelfde website nog een keer\n  type: website\n`,
    message: /bron-id "voorbeeld-website" komt twee keer voor/,
  },
  {
    name: 'malformed MDX (unclosed <Quote)',
    file: 'pages/aanleiding.mdx',
    write: replace('<Quote id="wethouder-test" />', '<Quote id="wethouder-test"\n\nNog een alinea.'),
    message: /(unexpected|expected)[^\n]*(tag|attribute|end of file)/i,
  },
  {
    name: 'empty page (frontmatter only)',
    file: 'pages/colofon.mdx',
    write: (current) => `${current.split(/^---$/m).slice(0, 2).join('---')}---\n`,
    message: /de pagina heeft geen tekst/,
  },
  {
    name: 'bad URL in a source (url: "geen-url")',
    file: 'sources/sources.yaml',
    write: replace('url: https://www.ser.nl/', 'url: "geen-url"'),
    message: /url moet een volledige http\(s\)-link zijn/,
  },
  {
    name: 'unknown colour (colour: roze)',
    file: 'steps/analyse.mdx',
    write: replace('colour: bruin', 'colour: roze'),
    message: /colour[\s\S]{0,300}(oranje|invalid option|ongeldig)/i,
  },
  {
    name: 'unknown quote id (<Quote id="bestaat-niet" />)',
    file: 'pages/aanleiding.mdx',
    write: replace('<Quote id="wethouder-test" />', '<Quote id="bestaat-niet" />'),
    message: /<Quote id="bestaat-niet"> bestaat niet/,
  },
  {
    name: 'unknown example id (<Example id="bestaat-niet" />)',
    file: 'steps/startpunt.mdx',
    write: replace('<Example id="voorbeeldgemeente-studiereis" />', '<Example id="bestaat-niet" />'),
    message: /<Example id="bestaat-niet"> bestaat niet/,
  },
  {
    name: 'summary too short',
    file: 'themes/een.mdx',
    write: replace(/^summary: .*$/m, 'summary: "Te kort."'),
    message: /summary is te kort/,
  },
  {
    name: 'theme number out of range (number: 9)',
    file: 'themes/twee.mdx',
    write: replace(/^number: 2$/m, 'number: 9'),
    message: /thema-nummers lopen van 1 tot en met 8/,
  },
  {
    name: 'footnote without text',
    file: 'footnotes/02.md',
    write: '---\nnumber: 2\n---\n',
    message: /voetnoot 2 heeft geen tekst/,
  },
];

interface BuildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
}

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * The output without warnings. Vite/Rolldown warn about every Markdown file
 * (MODULE_LEVEL_DIRECTIVE, with a code frame that names the file), so a bare "the output
 * contains the file name" would pass for any file; only what is left after this counts.
 */
const relevant = (output: string) =>
  output
    .replace(/^[^\n]*╭─\[[^\n]*\?astroPropagatedAssets[\s\S]*?───╯[^\n]*\n?/gm, '')
    .split('\n')
    .filter((line) => !/\[WARN\]|^npm warn/i.test(line))
    .join('\n');

/** Top-level entries of the project that a build does not need. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'test']);

/**
 * A private copy of the project with node_modules linked in. Astro keeps build state in
 * <root>/.astro/ (content-modules.mjs, which maps entries to their files, and .prerender/ when
 * the output dir lies outside the project), so two builds in one root — two cases here, or a
 * case and the lead's own `npm run build` — read each other's files. Seen: a case reporting the
 * error of another case's content folder.
 */
function isolatedProject(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (!NOT_COPIED.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function build(contentDir: string, work: string): Promise<BuildResult> {
  const started = Date.now();
  const project = join(work, 'project');
  isolatedProject(project);
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: project,
      env: {
        ...process.env,
        GUIDE_CONTENT_DIR: contentDir,
        GUIDE_OUT_DIR: join(work, 'dist'),
        GUIDE_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: BUILD_TIMEOUT_MS,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status, signal) =>
      resolve({ status, signal, output: stripAnsi(output), ms: Date.now() - started }),
    );
  });
}

/** Run tasks with at most `limit` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

describe('bad content never ships', () => {
  let tmp: string;
  let valid: BuildResult;
  const results = new Map<string, BuildResult>();

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'guide-broken-'));
    const jobs = [{ name: 'valid', file: '', write: '', message: /./ } as Case, ...cases].map((c, i) => async () => {
      const work = join(tmp, String(i));
      const content = join(work, 'content');
      cpSync(fixture, content, { recursive: true });
      if (c.file) {
        const target = join(content, c.file);
        writeFileSync(target, typeof c.write === 'string' ? c.write : c.write(readFileSync(target, 'utf8')));
      }
      const result = await build(content, work);
      if (process.env.BROKEN_CONTENT_DEBUG) {
        console.log(`\n===== ${c.name} (exit ${result.status}, ${result.ms} ms)\n${relevant(result.output)}`);
      }
      if (c.file) results.set(c.name, result);
      else valid = result;
      return result;
    });
    await pool(jobs, CONCURRENCY);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the unbroken fixture builds (otherwise the cases below prove nothing)', () => {
    expect(valid.signal, 'build timed out').toBeNull();
    expect(valid.status, relevant(valid.output).slice(-3000)).toBe(0);
  });

  for (const c of cases) {
    it(`fails on ${c.name}, naming ${c.file}`, () => {
      const result = results.get(c.name)!;
      const output = relevant(result.output);
      const tail = `\n--- build output (exit ${result.status}) ---\n${output.slice(-3000)}`;
      expect(result.signal, `build timed out${tail}`).toBeNull();
      expect(result.status, `build should fail${tail}`).not.toBe(0);
      expect(output.includes(c.file), `output should name ${c.file}${tail}`).toBe(true);
      expect(output, `output should explain the problem${tail}`).toMatch(c.message);
    });
  }
});
