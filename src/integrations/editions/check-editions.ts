import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITIONS_FILE, parseEditions } from '../../content-model/editions';
import { commitExists, git, historyOf } from './git';

/**
 * The rules for content/edities.yaml (check:content and the start of every build): the file's
 * form, dates real, ascending and unique, commits full and unique; with the full Git history also
 * that each commit exists and was published through main (it is in the history of HEAD).
 * Every problem is a Dutch message with file:line.
 */
export function checkEditions(root: string, cwd = process.cwd()): string[] {
  const file = join(root, EDITIONS_FILE);
  if (!existsSync(file)) return [];
  const { editions, problems } = parseEditions(readFileSync(file, 'utf8'), file);
  if (historyOf(cwd) !== 'full') return problems;
  for (const e of editions) {
    if (!/^[0-9a-f]{40}$/.test(e.commit)) continue;
    if (!commitExists(cwd, e.commit)) {
      problems.push(`${file}:${e.line}: commit ${e.commit.slice(0, 12)} (editie ${e.datum}) bestaat niet in deze repository; kopieer de hash uit "git log main"`);
      continue;
    }
    try {
      git(cwd, 'merge-base', '--is-ancestor', e.commit, 'HEAD');
    } catch {
      problems.push(`${file}:${e.line}: commit ${e.commit.slice(0, 12)} (editie ${e.datum}) hoort niet bij de geschiedenis van main: een editie is een gepubliceerde commit van main`);
    }
  }
  return problems;
}
