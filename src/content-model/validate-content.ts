import type { z } from 'astro/zod';
import { outlinePageIds } from '../config/outline';
import { achtergrondSchema } from '../schemas/achtergrond';
import { exampleSchema } from '../schemas/example';
import { footnoteSchema } from '../schemas/footnote';
import { pageSchema } from '../schemas/page';
import { quoteSchema } from '../schemas/quote';
import { sourceSchema } from '../schemas/source';
import { stepSchema } from '../schemas/step';
import { themeSchema } from '../schemas/theme';
import type { ContentFile, ContentSnapshot } from './content-files';

const schemas = {
  themes: themeSchema,
  steps: stepSchema,
  pages: pageSchema,
  footnotes: footnoteSchema,
  achtergrond: achtergrondSchema,
  examples: exampleSchema,
  quotes: quoteSchema,
  sources: sourceSchema,
} satisfies Record<string, z.ZodType>;

const at = (entry: ContentFile, field?: string) => `${entry.file}:${entry.lineOf(field)}`;

/** One schema problem in words an editor understands; the schemas' own messages are Dutch already. */
function explainIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const field = issue.path.join('.') || '(kop)';
  const value = issue.path.length === 1 ? data[String(issue.path[0])] : undefined;
  if (issue.code === 'invalid_type') {
    if (value === undefined && issue.path.length === 1) return `veld "${field}" ontbreekt (verplicht)`;
    const expected = { string: 'een tekst', number: 'een getal', boolean: 'true of false', array: 'een lijst', object: 'een groep velden' }[
      issue.expected as string
    ];
    return `veld "${field}" moet ${expected ?? issue.expected} zijn (nu: ${JSON.stringify(value)})`;
  }
  if (issue.code === 'invalid_value') return `veld "${field}" moet een van deze waarden hebben: ${issue.values.join(', ')} (nu: ${JSON.stringify(value)})`;
  if (/^(Invalid|Too|Expected)/.test(issue.message)) return `veld "${field}" klopt niet: ${issue.message}`;
  return `veld "${field}": ${issue.message}`;
}

function schemaProblems(snapshot: ContentSnapshot): string[] {
  return (Object.keys(schemas) as (keyof typeof schemas)[]).flatMap((collection) =>
    snapshot[collection].flatMap((entry) => {
      const result = schemas[collection].safeParse(entry.data);
      if (result.success) return [];
      return result.error.issues.map((issue) => `${at(entry, String(issue.path[0] ?? ''))}: ${explainIssue(issue, entry.data)}`);
    }),
  );
}

/** Two entries that claim the same number or id: the guide's numbering must stay unique. */
function duplicates(entries: ContentFile[], field: string, what: (value: unknown) => string): string[] {
  const seen = new Map<unknown, ContentFile>();
  const problems: string[] = [];
  for (const entry of entries) {
    const value = entry.data[field];
    if (value === undefined) continue;
    const other = seen.get(value);
    if (other) problems.push(`${at(entry, field)}: ${what(value)} komt twee keer voor: ${at(other, field)} en ${at(entry, field)}`);
    else seen.set(value, entry);
  }
  return problems;
}

/** "https://www.X.nl/a/" and "http://x.nl/a" are the same address for a reader. */
const sameAddress = (url: string) =>
  url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/\/+$/, '')
    .replace(/^[^/]+/, (host) => host.toLowerCase());

/** One address on two sources is a copy-paste slip: one of them sends the reader to the wrong publication. */
function sharedUrls(sources: ContentFile[]): string[] {
  const seen = new Map<string, ContentFile>();
  const problems: string[] = [];
  const ids = new Set<unknown>();
  for (const entry of sources) {
    // A second item with the same id is reported as such; its link is not a second problem.
    if (ids.has(entry.data.id)) continue;
    ids.add(entry.data.id);
    if (typeof entry.data.url !== 'string') continue;
    const key = sameAddress(entry.data.url);
    const other = seen.get(key);
    if (other) {
      problems.push(
        `${at(entry, 'url')}: de link ${entry.data.url} staat ook bij bron "${other.data.id}" (${at(other, 'url')}); elke link hoort bij één bron: controleer welke bron hem echt heeft`,
      );
    } else seen.set(key, entry);
  }
  return problems;
}

const withoutText = (entries: ContentFile[]) =>
  entries.filter((e) => !e.body.trim()).map((e) => `${at(e)}: de pagina heeft geen tekst; schrijf de tekst onder de kop (na de tweede ---)`);

/**
 * Every rule that spans more than one file, and every schema, checked on content/ as editors
 * wrote it: unique numbers and ids, texts present, frontmatter that names other entries.
 * References inside the Markdown (thema:3, [^12], <Quote id>) are checked by the remark
 * plugins while they render it. Each problem once, as "file:line: Dutch explanation".
 */
export function validateContent(snapshot: ContentSnapshot): string[] {
  const { themes, steps, pages, footnotes, achtergrond, sources } = snapshot;
  const themeNumbers = new Set(themes.map((t) => t.data.number));
  const stepIds = new Set(steps.map((s) => s.id));
  const pageIds = new Set(pages.map((p) => p.id));
  const outlinePages = new Set(outlinePageIds);
  const list = (values: Iterable<unknown>) => [...values].map(String).sort().join(', ');
  return [
    ...snapshot.readProblems,
    ...schemaProblems(snapshot),
    ...duplicates(themes, 'number', (n) => `Themanummer ${n}`),
    ...duplicates(steps, 'order', (n) => `Stapvolgorde ${n}`),
    ...duplicates(footnotes, 'number', (n) => `Voetnootnummer ${n}`),
    ...duplicates(sources, 'id', (id) => `bron-id "${id}"`).map((p) => `${p}; elke bron staat er één keer in`),
    ...sharedUrls(sources),
    ...withoutText([...themes, ...steps, ...pages]),
    ...footnotes
      .filter((n) => n.data.missing !== true && !n.body.trim())
      .map((n) => `${at(n)}: voetnoot ${n.data.number} heeft geen tekst; zet "missing: true" als de tekst ontbreekt`),
    ...footnotes
      .filter((n) => n.data.unmarkedOn !== undefined && !stepIds.has(String(n.data.unmarkedOn)))
      .map((n) => `${at(n, 'unmarkedOn')}: onbekende stap "${n.data.unmarkedOn}" in unmarkedOn (bekend: ${list(stepIds)})`),
    ...achtergrond.flatMap((a) => [
      ...((a.data.steps as unknown[] | undefined) ?? [])
        .filter((id) => !stepIds.has(String(id)))
        .map((id) => `${at(a, 'steps')}: onbekende stap "${id}" in steps (bekend: ${list(stepIds)})`),
      ...((a.data.themes as unknown[] | undefined) ?? [])
        .filter((n) => !themeNumbers.has(n))
        .map((n) => `${at(a, 'themes')}: onbekend thema ${n} in themes (bekend: ${list(themeNumbers)})`),
    ]),
    ...outlinePageIds
      .filter((id) => !pageIds.has(id))
      .map((id) => `src/config/outline.ts: de leesvolgorde noemt pagina "${id}", maar ${snapshot.root}/pages/${id}.mdx bestaat niet`),
    // Only the outline's pages get a route: a page it does not name would silently not be published.
    ...pages
      .filter((p) => !outlinePages.has(p.id))
      .map(
        (p) =>
          `${at(p)}: deze pagina staat niet in de leesvolgorde en komt dus niet op de site; zet "${p.id}" bij een onderdeel in src/config/outline.ts (of verwijder het bestand)`,
      ),
  ];
}
