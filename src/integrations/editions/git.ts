import { execFileSync } from 'node:child_process';

/** git in a folder; throws when git fails. */
export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }).trim();

/**
 * How much history this checkout has: "full", "shallow" (a clone with --depth) or "none" (a
 * tarball, no Git). Editions and the change history need the full history.
 */
export function historyOf(cwd: string): 'full' | 'shallow' | 'none' {
  try {
    return git(cwd, 'rev-parse', '--is-shallow-repository') === 'false' ? 'full' : 'shallow';
  } catch {
    return 'none';
  }
}

/** Whether the commit is in this repository's history. */
export function commitExists(cwd: string, commit: string): boolean {
  try {
    git(cwd, 'cat-file', '-e', `${commit}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

/** The Dutch explanation for a checkout without (full) history, said once per build. */
export const noHistoryNote = (kind: 'shallow' | 'none', what: string) =>
  `${what} overgeslagen: ${kind === 'shallow' ? 'dit is een ondiepe clone' : 'deze map is geen Git-checkout (bv. een archief)'}, ` +
  'zonder de Git-geschiedenis waaruit ze worden gebouwd. De huidige site is wel volledig gebouwd. ' +
  'Met de hele geschiedenis ("git fetch --unshallow", of fetch-depth: 0 in de pijplijn) komen ze terug.';
