import { execFileSync } from 'node:child_process';

const formatter = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Date of the last commit that touched a content file. In a shallow clone or outside Git
 * there is no history: then the page simply shows no date (never a wrong one).
 */
const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

let shallow: boolean | undefined;
const isShallow = () => (shallow ??= git('rev-parse', '--is-shallow-repository') !== 'false');

export function lastUpdated(path: string): { iso: string; label: string } | undefined {
  try {
    if (isShallow()) return undefined;
    const iso = git('log', '-1', '--format=%cs', '--', path);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
    return { iso, label: formatter.format(new Date(`${iso}T12:00:00Z`)) };
  } catch {
    return undefined;
  }
}
