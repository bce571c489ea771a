import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file below a folder (the build output). */
export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
