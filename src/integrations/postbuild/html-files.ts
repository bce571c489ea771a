import { globSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file below a folder (the build output), in a stable order. */
export const htmlFiles = (dir: string): string[] => globSync('**/*.html', { cwd: dir }).sort().map((name) => join(dir, name));
