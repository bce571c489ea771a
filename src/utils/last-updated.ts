import { execFileSync } from 'node:child_process';

const formatter = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).trim();

let dates: Map<string, string> | undefined;

/**
 * Last commit date of every file under content/, read from one `git log` for the whole build
 * (one call per page cost more than half of a large build). In a shallow clone or outside Git
 * there is no history: then pages show no date, never a wrong one.
 */
function contentDates(): Map<string, string> {
  if (dates) return dates;
  dates = new Map();
  try {
    if (git('rev-parse', '--is-shallow-repository') !== 'false') return dates;
    let current = '';
    for (const line of git('log', '--format=@%cs', '--name-only', '--', 'content').split('\n')) {
      if (line.startsWith('@')) current = line.slice(1);
      else if (line && !dates.has(line)) dates.set(line, current);
    }
  } catch {
    // Not a Git checkout: no dates.
  }
  return dates;
}

export function lastUpdated(path: string): { iso: string; label: string } | undefined {
  const iso = contentDates().get(path);
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return { iso, label: formatter.format(new Date(`${iso}T12:00:00Z`)) };
}
