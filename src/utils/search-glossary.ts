import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../content-model/content-dir';

/** One glossary entry: abbreviation or term, its full form, and variants readers type. */
export interface Begrip {
  term: string;
  voluit?: string;
  varianten?: string[];
  /** The guide's own explanation, quoted, and where it stands (shown on /begrippen/). */
  uitleg?: { tekst: string; waar: string };
}
export interface SearchGlossary {
  /** Compound word (lowercase) → its meaningful parts. */
  compounds: Map<string, string[]>;
  begrippen: Begrip[];
}

/** Read the reviewed search glossary from content/zoeken/. Missing files mean: no extra terms. */
export function loadSearchGlossary(root: string = contentDir): SearchGlossary {
  const read = (name: string) => {
    const file = join(root, 'zoeken', name);
    return existsSync(file) ? parseYaml(readFileSync(file, 'utf8')) : undefined;
  };
  const compounds = new Map<string, string[]>(Object.entries((read('samenstellingen.yaml') ?? {}) as Record<string, string[]>));
  const begrippen = ((read('begrippen.yaml') ?? []) as Begrip[]).filter((b) => b && b.term);
  return { compounds, begrippen };
}

let cached: SearchGlossary | undefined;
export const getSearchGlossary = () => (cached ??= loadSearchGlossary());

/** All forms of a glossary entry, lowercase. */
export const formsOf = (b: Begrip) => [...new Set([b.term, b.voluit, ...(b.varianten ?? [])].filter(Boolean).map((f) => f!.toLowerCase()))];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Does the (lowercase) text contain this form as a whole word or phrase? */
export const containsForm = (text: string, form: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'u').test(text);
