import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { ContentError } from '../content-model/content-error';

/** `content/themes/x.mdx:12`: where an editor finds the problem (relative to the project). */
export function contentLocation(file: VFile, node?: Node): string {
  const path = file.path ? relative(file.cwd || process.cwd(), file.path) : 'onbekend bestand';
  return `${path}:${node?.position?.start.line ?? '?'}`;
}

/**
 * Stop with a Dutch message that starts with file:line. A plain error, not a vfile message:
 * Astro prints a vfile message's position and its fields as well, so editors saw it three times.
 */
export function failAt(file: VFile, node: Node | undefined, message: string, ruleId: string): never {
  throw Object.assign(new ContentError(`${contentLocation(file, node)}: ${message}`), { ruleId });
}
