import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterBuildCases, cases as allCases, type Case } from '../support/broken-cases';
import { isolatedProject, projectRoot as root } from '../support/project';

/*
 * "Bad content never ships", proven on real builds: one case per place where the build must
 * stop (the content rules before rendering, each remark plugin in MDX and in Markdown, the MDX
 * parser). Every case of test/support/broken-cases.ts also runs, in milliseconds, through
 * checkContent in test/unit/check-content.test.ts. The build must fail, name the broken file
 * with its line, say what is wrong, and say it once.
 *
 * The builds run up front in beforeAll, two at a time (this machine has two cores). Each build
 * runs in its own copy of the project (test/support/project.ts): builds that share a project root
 * corrupt each other.
 */

const fixture = join(root, 'test', 'fixtures', 'content-minimal');
const CONCURRENCY = 2;
const BUILD_TIMEOUT_MS = 120_000;
const cases = [...allCases.filter((c) => c.build), ...afterBuildCases];

interface BuildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
}

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** The output without npm's own warnings (the build itself prints none: see the valid case). */
const relevant = (output: string) =>
  output
    .split('\n')
    .filter((line) => !/^npm warn/i.test(line))
    .join('\n');

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
    // Editors read this output: a warning printed on every build would hide the real ones. The one
    // exception is the notice that SITE_URL / REPOSITORY_URL are unset, said once per build.
    const notices = relevant(valid.output).split('\n').filter((line) => line.includes('[site-addresses]'));
    expect(notices.length).toBeLessThanOrEqual(2);
    expect(new Set(notices.map((line) => line.replace(/^\S+ /, ''))).size).toBe(notices.length);
    const rest = relevant(valid.output).split('\n').filter((line) => !line.includes('[site-addresses]')).join('\n');
    expect(rest).not.toMatch(/\[WARN\]|warning/i);
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
      const match = output.match(c.message)![0];
      expect(output.split(match).length - 1, `the problem should be printed once${tail}`).toBe(1);
      if (c.absent) expect(output, `false alarm${tail}`).not.toContain(c.absent);
    });
  }
});
