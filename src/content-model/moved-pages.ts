import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir';
import { movedPages, parseRegister, REGISTER_FILE } from './address-register';

/**
 * Redirects for pages that moved, as content/adressen.txt records them ("/oud/ -> /nieuw/"):
 * the old address keeps landing, anchors included: src/pages/[...kort].astro makes the same
 * Dutch redirect page as for short URLs, which carries the #fragment.
 */
export function movedPageRedirects(): Record<string, string> {
  const file = join(contentDir, REGISTER_FILE);
  if (!existsSync(file)) return {};
  return movedPages(parseRegister(readFileSync(file, 'utf8'), file));
}
