import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../../content-model/content-dir';
import { checkContent } from './check-content';

/** The code whose rules the check applies: a change there checks all content again. */
const RULES = ['content-model', 'plugins', 'schemas', 'config', 'integrations/guide-content'].map((dir) => join(import.meta.dirname, '..', '..', dir));
const PACKAGES = join(import.meta.dirname, '..', '..', '..', 'package-lock.json');

/** Where a passed check is remembered: beside Astro's own cache (GUIDE_CACHE_DIR, as astro.config.mjs). */
const memoryFile = () => resolve(process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro', 'inhoud-gecontroleerd.txt');

/** A fingerprint of all the check reads: every file of the content folder and the code of the rules. */
export function contentFingerprint(root: string = contentDir): string {
  const hash = createHash('sha256');
  const add = (dir: string) => {
    const files = globSync('**/*', { cwd: dir, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const file of files.map((entry) => join(entry.parentPath, entry.name)).sort()) {
      hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
    }
  };
  add(resolve(root));
  RULES.forEach(add);
  if (existsSync(PACKAGES)) hash.update(readFileSync(PACKAGES));
  return hash.digest('hex');
}

/**
 * The content rules once per state of content/: `npm run check:content` and `astro build` run
 * the same check, and whichever runs second on unchanged content and code reuses the first one's
 * pass (the pipeline runs check:content, then the build, then the tests' build). Only a pass is
 * remembered, so every problem is reported each time; and a stale memory could not ship a broken
 * page, as the plugins check every reference again while the build renders it.
 */
export async function checkContentOnce(root: string = contentDir): Promise<{ problems: string[]; reused: boolean }> {
  const fingerprint = contentFingerprint(root);
  const file = memoryFile();
  if (existsSync(file) && readFileSync(file, 'utf8') === fingerprint) return { problems: [], reused: true };
  const problems = await checkContent(root);
  if (problems.length === 0) {
    mkdirSync(resolve(file, '..'), { recursive: true });
    writeFileSync(file, fingerprint);
  }
  return { problems, reused: false };
}
