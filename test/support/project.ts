import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Top-level entries of the project that a build or dev server does not need. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'content', 'test']);

/**
 * A private copy of the project with node_modules linked in. Astro keeps state in
 * <root>/.astro/ (content-modules.mjs, which maps entries to their files, the data store of a
 * dev server, and .prerender/ when the output dir lies outside the project), so two builds or
 * dev servers in one root — two test cases, or a test and the lead's own `npm run build` —
 * read each other's files. Seen: a case reporting the error of another case's content folder.
 */
export function isolatedProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (!NOT_COPIED.has(name)) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
