import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Begrip } from './search-glossary';
import type { Registry } from '../content-model/registry';
import { parseReference, resolveReference } from '../content-model/references';
import { contentDir } from '../content-model/content-dir';

export interface Explanation {
  /** The guide's words, exactly as on the page linked. */
  quote: string;
  href: string;
  /** Where it stands: "Thema 8: Kinderopvang", "Achtergrond: Kwetsbare wijken". */
  title: string;
  /** false when the words are a background article's, not the guide's. */
  fromGuide: boolean;
}

const FILE = 'zoeken/begrippen.yaml';

/** Line of a term's entry in content/zoeken/begrippen.yaml, for error messages. */
function lineOf(term: string, root: string): number {
  const lines = readFileSync(join(root, FILE), 'utf8').split('\n');
  return lines.findIndex((line) => line.replace(/["']/g, '').trim() === `- term: ${term}`) + 1;
}

/**
 * A glossary term's explanation from the guide (`uitleg: { tekst, waar: "thema:8#anker" }`), or
 * undefined when the guide gives none. A `waar` that points nowhere fails with file:line.
 */
export function explanationOf(begrip: Begrip, registry: Registry, root: string = contentDir): Explanation | undefined {
  if (!begrip.uitleg) return undefined;
  const { tekst, waar } = begrip.uitleg;
  const [where, anchor] = waar.split('#');
  const ref = parseReference(where);
  const resolved = ref ? resolveReference(ref, registry) : { error: `"${waar}" is geen verwijzing (verwacht bv. "thema:8#algemene-informatie")` };
  if ('error' in resolved || !tekst?.trim()) {
    const why = 'error' in resolved ? resolved.error : 'de uitleg heeft geen tekst';
    throw new Error(`${join(root, FILE)}:${lineOf(begrip.term, root)}: begrip "${begrip.term}": ${why}.`);
  }
  return { quote: tekst.trim(), href: anchor ? `${resolved.href}#${anchor}` : resolved.href, title: resolved.title, fromGuide: ref!.kind !== 'achtergrond' };
}
