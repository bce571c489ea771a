import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** `content/themes/x.mdx:12`: where an editor finds the problem (relative to the project). */
export function contentLocation(file: VFile, node?: Node): string {
  const path = file.path ? relative(file.cwd || process.cwd(), file.path) : 'onbekend bestand';
  return `${path}:${node?.position?.start.line ?? '?'}`;
}

/**
 * Stop with a Dutch message that starts with file:line. No vfile "place" is passed: the
 * message already says where, and a place would make every reporter print it a second time.
 */
export function failAt(file: VFile, node: Node | undefined, message: string, ruleId: string): never {
  return file.fail(`${contentLocation(file, node)}: ${message}`, undefined, ruleId);
}
