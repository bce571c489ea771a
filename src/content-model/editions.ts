import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { contentDir } from './content-dir';

/**
 * content/edities.yaml: the published editions, oldest first. Each is the text of one commit of
 * main, built into /editie/<datum>/ with the same paths below it, so that what a council proposal
 * cited stays readable. Pure parsing and the rules that need no Git; whether a commit exists is
 * checked where Git is at hand (integrations/editions/git.ts).
 */

export const EDITIONS_FILE = 'edities.yaml';

export interface Edition {
  /** JJJJ-MM-DD; also the folder: /editie/<datum>/. */
  datum: string;
  /** The full 40-character hash of the published commit of main. */
  commit: string;
  titel: string;
  toelichting: string;
  /** Line of the entry in the file, for messages. */
  line: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMMIT = /^[0-9a-f]{40}$/;
const FIELDS = ['datum', 'commit', 'titel', 'toelichting'] as const;

const validDate = (value: string) => DATE.test(value) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value);

/** "2026-12-02" → "2 december 2026". */
export const editionDateText = (datum: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${datum}T12:00:00Z`));

/** The site path of an edition's copy of a page: /editie/2026-12-02/waarom/x/. */
export const editionPath = (datum: string, path = '/') => `/editie/${datum}${path}`;

/**
 * Parse the file; every problem is a Dutch message with file:line. Dates must be real, ascending
 * and unique (one edition a day: the date is its address), commits full hashes and unique.
 */
export function parseEditions(text: string, file = `content/${EDITIONS_FILE}`): { editions: Edition[]; problems: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problems = doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}: geen geldige YAML: ${e.message.split('\n')[0]}`);
  if (problems.length) return { editions: [], problems };
  const editions: Edition[] = [];
  const items = doc.contents;
  if (items === null || items === undefined) return { editions, problems };
  if (!isSeq(items)) return { editions, problems: [`${file}:1: de edities staan als lijst onder elkaar, elk beginnend met "- datum: JJJJ-MM-DD"`] };
  for (const item of items.items) {
    const line = lineCounter.linePos((item as { range?: number[] }).range?.[0] ?? 0).line;
    if (!isMap(item)) {
      problems.push(`${file}:${line}: een editie heeft de velden ${FIELDS.join(', ')}`);
      continue;
    }
    const data = item.toJSON() as Record<string, unknown>;
    const missing = FIELDS.filter((f) => typeof data[f] !== 'string' || !(data[f] as string).trim());
    const unknown = Object.keys(data).filter((k) => !(FIELDS as readonly string[]).includes(k));
    if (missing.length) problems.push(`${file}:${line}: deze editie mist ${missing.map((f) => `"${f}"`).join(', ')} (tekst, niet leeg)`);
    if (unknown.length) problems.push(`${file}:${line}: onbekend veld ${unknown.map((f) => `"${f}"`).join(', ')}; een editie heeft ${FIELDS.join(', ')}`);
    if (missing.length) continue;
    const edition = { ...(data as Omit<Edition, 'line'>), line };
    if (!validDate(edition.datum)) problems.push(`${file}:${line}: datum "${edition.datum}" is geen bestaande datum in de vorm JJJJ-MM-DD`);
    if (!COMMIT.test(edition.commit)) {
      problems.push(`${file}:${line}: commit "${edition.commit}" is geen volledige commit-hash (40 tekens 0-9 en a-f; "git rev-parse main" geeft hem)`);
    }
    const before = editions.at(-1);
    const twice = editions.find((e) => e.datum === edition.datum);
    const sameCommit = editions.find((e) => e.commit === edition.commit);
    if (twice) problems.push(`${file}:${line}: de editie van ${edition.datum} staat er twee keer in (ook op regel ${twice.line}); elke datum is één adres`);
    else if (before && validDate(edition.datum) && edition.datum < before.datum) {
      problems.push(`${file}:${line}: ${edition.datum} komt vóór ${before.datum} (regel ${before.line}): zet de edities op volgorde, oudste eerst`);
    }
    if (sameCommit) problems.push(`${file}:${line}: commit ${edition.commit.slice(0, 12)} is al de editie van ${sameCommit.datum} (regel ${sameCommit.line})`);
    editions.push(edition);
  }
  return { editions, problems };
}

/** The editions of a content folder (none when the file is missing); bad entries throw. */
export function readEditions(root: string = contentDir): Edition[] {
  const file = join(root, EDITIONS_FILE);
  if (!existsSync(file)) return [];
  const { editions, problems } = parseEditions(readFileSync(file, 'utf8'), file);
  if (problems.length) throw new Error(problems.join('\n'));
  return editions;
}
