import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project';

/*
 * A private Git repository with a made-up history, for the editions and the change history:
 * the project's code and the minimal fixture as content/, committed at fixed dates. Its
 * node_modules is the project's own (linked, never committed).
 */

const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'content', 'test']);

export const gitIn = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  }).trim();

export function historyRepo(dir: string): { repo: string; commit: (message: string, date: string) => string } {
  for (const name of readdirSync(projectRoot)) if (!NOT_COPIED.has(name)) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  cpSync(join(projectRoot, 'test', 'fixtures', 'content-minimal'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  gitIn(dir, ['init', '-q', '-b', 'main']);
  gitIn(dir, ['config', 'user.name', 'Redactie (test)']);
  gitIn(dir, ['config', 'user.email', 'redactie@voorbeeld.test']);
  // A link is no folder to .gitignore's "node_modules/".
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  const commit = (message: string, date: string) => {
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '-q', '-m', message], date);
    return gitIn(dir, ['rev-parse', 'HEAD']);
  };
  return { repo: dir, commit };
}

/** Replace text in a file of the repository (failing when the text is not there). */
export function rewrite(repo: string, file: string, from: string, to: string) {
  const path = join(repo, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" niet gevonden`);
  writeFileSync(path, text.replace(from, to));
}

/** `astro build` in a folder with extra settings; resolves with its exit code and log. */
export function buildIn(cwd: string, env: Record<string, string>): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    // The repository's own content/ and dist/: no content or output folder of the suite leaks in.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['GUIDE_CONTENT_DIR', 'GUIDE_OUT_DIR'].includes(k)));
    const child = spawn('npx', ['astro', 'build'], { cwd, env: { ...inherited, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}
