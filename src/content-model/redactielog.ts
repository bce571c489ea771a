import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { logEntrySchema, type LogEntry } from '../schemas/redactielog';
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

/** Text the editors wrote on pages of the guide (notes, marked titles): everything not from the source. */
export interface EditorialText {
  paginas: string[];
  tekst: string;
  toelichting: string;
}

export function readEditorialText(root: string = contentDir): EditorialText[] {
  const file = join(root, 'redactie', 'eigen-tekst.yaml');
  if (!existsSync(file)) return [];
  const list = parseYaml(readFileSync(file, 'utf8')) ?? [];
  if (!Array.isArray(list)) throw new Error(`${file}: verwacht een lijst`);
  return list.map((raw: Partial<EditorialText>, i: number) => {
    if (!Array.isArray(raw?.paginas) || typeof raw.tekst !== 'string' || typeof raw.toelichting !== 'string') {
      throw new Error(`${file}, item ${i + 1}: verwacht paginas (lijst van URL-paden), tekst en toelichting`);
    }
    return raw as EditorialText;
  });
}
/** The figures /over/ and /verantwoording/ state, counted from the log (so the claims follow from it). */
export function logFigures(log: LoggedEntry[], editorial: EditorialText[]) {
  const corrections = log.filter((e) => e.soort === 'correctie');
  return {
    total: log.length,
    corrections: corrections.length,
    cleanCopy: corrections.filter((e) => e.grond === 'schone-kopie').length,
    context: corrections.filter((e) => e.grond === 'context').length,
    kept: corrections.filter((e) => e.grond === 'behouden').length,
    gaps: log.filter((e) => e.soort === 'gat').length,
    editorial: editorial.length,
  };
}
