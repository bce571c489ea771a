import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { site } from '../config/site.mjs';
import { contentDir } from '../content-model/content-dir';
import { editionDateText, editionPath, readEditions, type Edition } from '../content-model/editions';
import { changesOf, getHistory } from './change-history';

/*
 * What a page says about editions and changes: its "vaste versie" (the page in the latest
 * edition, when it existed then) and the date of its last change since the first edition.
 */

let files: { edition: Edition; files: Set<string> } | null | undefined;

/** The latest edition and the content files its commit held (null without one, or without Git). */
function latestEdition() {
  if (files !== undefined) return files;
  files = null;
  try {
    const edition = readEditions().at(-1);
    if (!edition) return files;
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dir = relative(top, resolve(contentDir));
    const list = execFileSync('git', ['ls-tree', '-r', '--name-only', edition.commit, '--', dir], { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    files = { edition, files: new Set(list.split('\n').map((f) => f.slice(dir.length + 1))) };
  } catch {
    files = null; // no Git history: no fixed version to offer
  }
  return files;
}

/**
 * The "vaste versie" of a page (its site path, e.g. /editie/2026-12-02/waarom/x/) and the
 * edition's date text, given the page's content file (themes/x.mdx); undefined when none.
 * In an edition itself the page is its own fixed version.
 */
export function fixedVersionOf(path: string, file: string | undefined): { path: string; label: string } | undefined {
  if (site.edition) return { path, label: editionDateText(site.edition) };
  const latest = latestEdition();
  if (!latest || !file || !latest.files.has(file)) return undefined;
  return { path: editionPath(latest.edition.datum, path), label: editionDateText(latest.edition.datum) };
}

/** The page's change history link: its address and the date of its last change, if any. */
export function pageHistoryOf(path: string): { href: string; last?: string; since?: string } {
  const history = getHistory();
  const last = changesOf(history, path)[0]?.change.date;
  return {
    href: `/wijzigingen${path}`,
    last: last ? editionDateText(last.slice(0, 10)) : undefined,
    since: history.since ? editionDateText(history.since.datum) : undefined,
  };
}
