import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterBuildCases, applyCase, cases as allCases, type Case } from '../support/broken-cases';
import { isolatedProject, projectRoot as root } from '../support/project';

/*
 * "Bad content never ships", proven on real builds. The build checks all of content/ before it
 * renders anything (src/integrations/guide-content/index.ts), so one build with one defect of every
 * kind (schema, cross-file rule, each remark plugin in MDX and in Markdown, the MDX parser) must
 * fail and list every defect, with file:line, once each. A second build breaks only the register
 * of published addresses, which a finished build checks: it proves the fixture otherwise builds
 * without a warning. Every case of test/support/broken-cases.ts also runs on its own, in
 * milliseconds, through checkContent in test/unit/check-content.test.ts.
 *
 * Each build runs in its own copy of the project (test/support/project.ts): builds that share a
 * project root corrupt each other.
 */

const fixture = join(root, 'test', 'fixtures', 'content-minimal');
const BUILD_TIMEOUT_MS = 120_000;
const beforeRender = allCases.filter((c) => c.build);

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

/** Apply cases to a fresh copy of the fixture. */
function brokenContent(dir: string, cases: Case[]) {
  cpSync(fixture, dir, { recursive: true });
  for (const c of cases) applyCase(dir, c);
}

describe('bad content never ships', () => {
  let tmp: string;
  let all: BuildResult;
  let lost: BuildResult;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'guide-broken-'));
    const run = (name: string, cases: Case[]) => async () => {
      const work = join(tmp, name);
      brokenContent(join(work, 'content'), cases);
      const result = await build(join(work, 'content'), work);
      if (process.env.BROKEN_CONTENT_DEBUG) console.log(`\n===== ${name} (exit ${result.status}, ${result.ms} ms)\n${relevant(result.output)}`);
      return result;
    };
    [all, lost] = await Promise.all([run('before-render', beforeRender)(), run('after-build', afterBuildCases)()]);
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the cases break different files (so that no defect hides another)', () => {
    const files = beforeRender.map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    expect(beforeRender.length).toBeGreaterThanOrEqual(8);
  });

  it('a build with only the register broken fails there alone, and prints no warning', () => {
    const output = relevant(lost.output);
    expect(lost.signal, 'build timed out').toBeNull();
    expect(lost.status, output.slice(-3000)).not.toBe(0);
    // The pages were built and indexed; the register is the only problem.
    expect(output).toMatch(/\[guide-postbuild\] zoekindex: \d+ pagina's/);
    expect(output.match(/\[ERROR\] \[[^\]]+\]/g)).toEqual(['[ERROR] [guide-address-register]']);
    // Editors read this output: a warning printed on every build would hide the real ones. The one
    // exception is the notice that SITE_URL / REPOSITORY_URL are unset, said once per build.
    const notices = output.split('\n').filter((line) => line.includes('[site-addresses]'));
    expect(notices.length).toBeLessThanOrEqual(2);
    expect(new Set(notices.map((line) => line.replace(/^\S+ /, ''))).size).toBe(notices.length);
    const rest = output.split('\n').filter((line) => !line.includes('[site-addresses]')).join('\n');
    expect(rest).not.toMatch(/\[WARN\]|warning/i);
  });

  const expectFailure = (result: () => BuildResult, c: Case) => {
    const output = relevant(result().output);
    const tail = `\n--- build output (exit ${result().status}) ---\n${output.slice(-3000)}`;
    expect(result().signal, `build timed out${tail}`).toBeNull();
    expect(result().status, `build should fail${tail}`).not.toBe(0);
    expect(output, `output should name ${c.file} with its line${tail}`).toMatch(new RegExp(`${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
    expect(output, `output should explain the problem${tail}`).toMatch(c.message);
    const match = output.match(c.message)![0];
    expect(output.split(match).length - 1, `the problem should be printed once${tail}`).toBe(1);
    if (c.absent) expect(output, `false alarm${tail}`).not.toContain(c.absent);
  };

  for (const c of beforeRender) it(`fails before rendering on ${c.name}, naming ${c.file}`, () => expectFailure(() => all, c));
  it('lists them all in one message that says how many there are', () => {
    expect(relevant(all.output)).toMatch(new RegExp(`(\\d+) fouten in de inhoud \\(npm run check:content geeft dezelfde lijst\\)`));
  });
  for (const c of afterBuildCases) it(`fails after the build on ${c.name}, naming ${c.file}`, () => expectFailure(() => lost, c));
});
