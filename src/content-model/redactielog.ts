import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { editorialTextSchema, logEntrySchema, type EditorialTextEntry, type LogEntry } from '../schemas/redactielog';
import { contentDir } from './content-dir';

export interface LoggedEntry extends LogEntry {
  file: string;
}

/**
 * The editorial log: every correction, dropped duplicate and gap, one YAML list per part.
 * Also read by the fidelity test, which applies `bron` → `wordt` to the source text.
 */
export function readRedactielog(root: string = contentDir): LoggedEntry[] {
  const dir = join(root, 'redactielog');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => {
      const file = join(dir, f);
      const list = parseYaml(readFileSync(file, 'utf8')) ?? [];
      if (!Array.isArray(list)) throw new Error(`${file}: verwacht een lijst van ingrepen`);
      return list.map((raw: unknown, i: number) => {
        const parsed = logEntrySchema.safeParse(raw);
        if (!parsed.success) {
          throw new Error(`${file}, ingreep ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
        }
        return { ...parsed.data, file: f };
      });
    });
}

/** Text the editors wrote on pages of the guide (notes, marked titles, the home page): everything not from the source. */
export type EditorialText = EditorialTextEntry;

export function readEditorialText(root: string = contentDir): EditorialText[] {
  const file = join(root, 'redactie', 'eigen-tekst.yaml');
  if (!existsSync(file)) return [];
  const list = parseYaml(readFileSync(file, 'utf8')) ?? [];
  if (!Array.isArray(list)) throw new Error(`${file}: verwacht een lijst`);
  return list.map((raw: unknown, i: number) => {
    const parsed = editorialTextSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${file}, item ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'item'}: ${x.message}`).join('; ')}`);
    }
    return parsed.data;
  });
}

/** The text as the reader sees it: a link [words](/path/) shows its words. */
export const editorialPlainText = (tekst: string): string => tekst.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1');

/** Whether an entry names this page: exactly, or by a pattern ending in "*" ("/bronnen/*"). */
export const editorialOnPage = (entry: Pick<EditorialText, 'paginas'>, path: string): boolean =>
  entry.paginas.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path));

/** The editors' texts a part of the site shows itself (bij: voetnoot:4, bij: voetnoot-ontbreekt). */
export const editorialTextsFor = (key: string, root: string = contentDir): EditorialText[] =>
  readEditorialText(root).filter((e) => e.bij?.includes(key));

/** The figures /over/ and /verantwoording/ state, counted from the log (so the claims follow from it). */
export function logFigures(log: LoggedEntry[], editorial: EditorialText[]) {
  const corrections = log.filter((e) => e.soort === 'correctie');
  return {
    total: log.length,
    corrections: corrections.length,
    cleanCopy: corrections.filter((e) => e.grond === 'schone-kopie').length,
    context: corrections.filter((e) => e.grond === 'context').length,
    typography: corrections.filter((e) => e.grond === 'typografie').length,
    kept: corrections.filter((e) => e.grond === 'behouden').length,
    gaps: log.filter((e) => e.soort === 'gat').length,
    editorial: editorial.length,
  };
}
