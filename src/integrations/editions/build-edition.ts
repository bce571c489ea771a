import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Edition } from '../../content-model/editions';
import { git } from './git';

/*
 * One edition, built with the code of its own commit (exactly what was published; see
 * docs/redactie.md for why) in a Git worktree of that commit, into the cache folder. A cached
 * edition is never built again: its commit, and so its text and code, cannot change.
 */

/** What changes an edition's HTML besides its commit: its public address and path. */
export interface EditionSettings {
  /** SITE_URL of this edition (https://…/editie/<datum>), or undefined. */
  url: string | undefined;
  /** Path it is served under, e.g. /kennisbank/editie/2026-12-02/. */
  base: string;
}

/** Bump when what an edition's cached copy holds changes (it is then built again). */
const CACHE_FORMAT = 1;

export const cacheKey = (edition: Edition, settings: EditionSettings) =>
  `${edition.datum}-${edition.commit.slice(0, 12)}-${createHash('sha256')
    .update(JSON.stringify([CACHE_FORMAT, edition.commit, settings.url ?? '', settings.base]))
    .digest('hex')
    .slice(0, 10)}`;

/** What the cache keeps beside an edition's pages (never copied into dist/). */
export const EDITION_META = '.editie.json';

export const editionPolicy = (folder: string): string | undefined =>
  (JSON.parse(readFileSync(join(folder, EDITION_META), 'utf8')) as { policy?: string }).policy;

/** Files of a build that belong to the current site only, not to an edition. */
const NOT_IN_EDITION = ['admin', '_headers', '_nginx', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml'];

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', (e) => resolve({ code: 1, log: `${log}${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}

/**
 * node_modules for the edition's worktree: the project's own when the edition's lockfile is the
 * same (no install), otherwise one `npm install` per lockfile, kept in the cache.
 */
async function dependencies(projectRoot: string, worktree: string, cacheRoot: string): Promise<string> {
  const lock = (dir: string) => (existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : '');
  if (lock(worktree) === lock(projectRoot)) return join(projectRoot, 'node_modules');
  const hash = createHash('sha256').update(lock(worktree)).digest('hex').slice(0, 16);
  const folder = join(cacheRoot, `modules-${hash}`);
  if (existsSync(join(folder, 'node_modules'))) return join(folder, 'node_modules');
  // Inside an npm script npm_config_local_prefix names this project: the child npm would install
  // here instead of in the edition's worktree. Leave npm's own variables out.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const { code, log } = await run('npm', ['install', '--no-audit', '--no-fund'], worktree, env);
  if (code !== 0) throw new Error(`npm install voor deze editie mislukt:\n${log.split('\n').slice(-15).join('\n')}`);
  mkdirSync(folder, { recursive: true });
  renameSync(join(worktree, 'node_modules'), join(folder, 'node_modules'));
  return join(folder, 'node_modules');
}

export class EditionBuildError extends Error {}

/** Build the edition into cacheRoot/<key>/ (unless it is there) and return that folder. */
export async function buildEdition(
  projectRoot: string,
  edition: Edition,
  settings: EditionSettings,
  cacheRoot: string,
): Promise<{ folder: string; cached: boolean }> {
  const folder = join(cacheRoot, cacheKey(edition, settings));
  if (existsSync(join(folder, 'index.html'))) return { folder, cached: true };
  mkdirSync(cacheRoot, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `editie-${edition.datum}-`));
  const worktree = join(work, 'bron');
  const out = `${folder}.bouw`;
  git(projectRoot, 'worktree', 'add', '--detach', '--force', worktree, edition.commit);
  try {
    if (!existsSync(join(worktree, 'src', 'integrations', 'editions'))) {
      throw new EditionBuildError('de code van die commit kent nog geen edities (hij is ouder dan deze functie); kies een latere commit van main');
    }
    const modules = await dependencies(projectRoot, worktree, cacheRoot);
    if (!existsSync(join(worktree, 'node_modules'))) symlinkSync(modules, join(worktree, 'node_modules'), 'dir');
    rmSync(out, { recursive: true, force: true });
    // The edition's own settings only: nothing of a test's or the benchmark's folders leaks in.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GUIDE_') && !['SITE_URL', 'SITE_BASE', 'REPOSITORY_URL', 'ADRESSEN_BIJWERKEN', 'CMS_OAUTH_URL'].includes(k)));
    const { code, log } = await run(process.execPath, [join(modules, 'astro', 'bin', 'astro.mjs'), 'build'], worktree, {
      ...env,
      GUIDE_EDITION: edition.datum,
      GUIDE_OUT_DIR: out,
      GUIDE_CACHE_DIR: join(work, 'astro-cache'),
      SITE_URL: settings.url ?? '',
      SITE_BASE: settings.base,
      NO_COLOR: '1',
    });
    if (code !== 0) throw new EditionBuildError(`de build van die commit mislukt:\n${log.split('\n').filter(Boolean).slice(-12).join('\n')}`);
    // Its own inline scripts' hashes: the server's header policy for /editie/ must allow them too.
    const policy = /^\s+Content-Security-Policy: (.+)$/m.exec(readFileSync(join(out, '_headers'), 'utf8'))?.[1];
    writeFileSync(join(out, EDITION_META), JSON.stringify({ commit: edition.commit, policy }));
    for (const name of NOT_IN_EDITION) rmSync(join(out, name), { recursive: true, force: true });
    renameSync(out, folder);
    return { folder, cached: false };
  } finally {
    git(projectRoot, 'worktree', 'remove', '--force', worktree);
    rmSync(work, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

