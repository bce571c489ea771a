/**
 * Tools for the fidelity test: every sentence of the guide in its own place on the site, nothing added.
 * Both sides are reduced to lowercase word tokens, so punctuation, quotes, Markdown and
 * typography (SmartyPants) never cause false alarms, while every word still has to match.
 */
import { parse } from 'node-html-parser';

const SUPER_AND_SUBSCRIPTS = /[\u00B2\u00B3\u00B9\u2070-\u209F]+/g;

/** Lowercase word tokens: letters (with accents) and digits only. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    // URLs are compared as link targets (sourceUrls), not as words, on both sides.
    .replace(/\bhttps?:\/\/\S+|\bwww\.[a-z0-9.-]+\.[a-z]{2,}\S*/gi, ' ')
    .replace(SUPER_AND_SUBSCRIPTS, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Strip the export's Markdown and link residue from one line, keeping the words. */
export function cleanLine(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](#) → text
    .replace(/<https?:[^>]+>/g, ' ') // <https://…> (checked separately as link targets)
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/^\s*[-*]\s+/, '') // list bullets
    .replace(/^\s*(?:[\u00B2\u00B3\u00B9\u2070-\u209F]+\)?|\d{1,2}\))\s+/, ''); // "12) " before a footnote text
}

/**
 * Where a sentence ends: after . ! ? … (and any closing quote or bracket) before a capital or an
 * opening quote, or between a label and its text: a spaced dash ("Doen en Communiceren – …") or a
 * colon before a capital ("Startpunt: Het startpunt …").
 */
const SENTENCE_BREAK = /(?<=[.!?…][’”"')]*)\s+(?=[\p{Lu}"'‘“(])|\s+–\s+|(?<=:)\s+(?=\p{Lu})/u;

/** The source's sentences, after the log is applied, as token lists. */
export function sourceSentences(source: string): string[][] {
  return source
    .split(/\r?\n/)
    .map(cleanLine)
    .flatMap((line) => line.split(SENTENCE_BREAK))
    .map(tokens)
    .filter((t) => t.length > 0);
}

/** Every http(s) URL and bare www. address in the source, normalised for comparison. */
export function sourceUrls(source: string): string[] {
  const found = [...source.matchAll(/\bhttps?:\/\/[^\s<>)]+|\bwww\.[a-z0-9.-]+\.[a-z]{2,}[^\s<>)]*/gi)].map((m) => m[0]);
  return [...new Set(found.map(normaliseUrl))];
}

export function normaliseUrl(url: string): string {
  return url
    .replace(/[.,;]+$/, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Per-section, two-way comparison (the source split into sections, each compared with the part
// of the site that holds it). Pure functions on strings, so the unit tests can prove on small
// fixtures what the site test relies on.

/** One row of the section map (test/fixtures/bron/secties.yaml): a section starts on line `van`. */
export interface SectionStart {
  van: number;
  sectie: string;
}
/** One contiguous run of source lines that belongs to a section (a section may have several). */
export interface SourcePart {
  from: number;
  to: number;
  text: string;
}

/** Split the source into its sections: section id → its parts, in source order. */
export function splitSections(source: string, map: SectionStart[]): Map<string, SourcePart[]> {
  const lines = source.split(/\r?\n/);
  const rows = [...map].sort((a, b) => a.van - b.van);
  const out = new Map<string, SourcePart[]>();
  rows.forEach((row, i) => {
    const to = i + 1 < rows.length ? rows[i + 1].van - 1 : lines.length;
    const parts = out.get(row.sectie) ?? [];
    parts.push({ from: row.van, to, text: lines.slice(row.van - 1, to).join('\n') });
    out.set(row.sectie, parts);
  });
  return out;
}

/** A log entry as the comparison needs it: where it applies, what it replaces, how often. */
export interface SectionLogEntry {
  sectie: string;
  bron: string;
  wordt?: string;
  keer?: number;
  file?: string;
}

const count = (text: string, part: string) => text.split(part).length - 1;
export const describeEntry = (e: SectionLogEntry) =>
  `${e.file ? `${e.file}: ` : ''}ingreep "${e.bron.length > 70 ? `${e.bron.slice(0, 70)}…` : e.bron}" (sectie ${e.sectie})`;

/**
 * Apply the editorial log section by section. Every entry must match its own section exactly
 * `keer` times (default once): an entry whose text no longer occurs, or occurs more often than it
 * says, is reported by name, and a correction never leaks into another section.
 */
export function applySectionLog(
  sections: Map<string, SourcePart[]>,
  log: SectionLogEntry[],
): { sections: Map<string, SourcePart[]>; problems: string[] } {
  const out = new Map([...sections].map(([id, parts]) => [id, parts.map((p) => ({ ...p }))]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of log) {
    const key = `${entry.sectie}\u0000${entry.bron}`;
    if (seen.has(key)) problems.push(`${describeEntry(entry)}: staat twee keer in de redactielog`);
    seen.add(key);
    const parts = out.get(entry.sectie);
    if (!parts) {
      problems.push(`${describeEntry(entry)}: sectie "${entry.sectie}" bestaat niet in de indeling van de bronversie`);
      continue;
    }
    const expected = entry.keer ?? 1;
    const found = parts.reduce((n, p) => n + count(p.text, entry.bron), 0);
    if (found !== expected) {
      problems.push(
        `${describeEntry(entry)}: de bron-tekst staat ${found}× in de sectie, de ingreep zegt ${expected}×` +
          (found === 0 ? ' (tekst niet (meer) gevonden: klopt de bron-tekst of de sectie nog?)' : ''),
      );
      continue;
    }
    if (entry.wordt !== undefined) for (const p of parts) p.text = p.text.split(entry.bron).join(entry.wordt);
  }
  return { sections: out, problems };
}

/** Sentences of a block of site text, split like the source. */
export const textSentences = (text: string): string[][] => sourceSentences(text);

/** One string of tokens for containment tests; `|` separates parts so no match spans them. */
export const tokenStream = (texts: string[], clean = false): string =>
  ` ${texts.map((t) => tokens(clean ? t.split(/\r?\n/).map(cleanLine).join('\n') : t).join(' ')).join(' | ')} `;

const has = (stream: string, sentence: string[]) => stream.includes(` ${sentence.join(' ')} `);

// ---------------------------------------------------------------------------------------------
// The editors' list (content/redactie/eigen-tekst.yaml) may hold templates: "{datum}" stands for
// a value the site fills in from data (a date, a title). A placeholder matches one or more words.

const PLACEHOLDER = /\{[^{}\s]+\}/;
const SLOT = 'xplaatsvervangerx';
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const templateRe = (tokenList: string[]) => tokenList.map((t) => (t === SLOT ? '\\S+(?: \\S+)*?' : escapeRe(t))).join(' ');
const slotted = (text: string) => text.replace(new RegExp(PLACEHOLDER.source, 'g'), ` ${SLOT} `);

/** Whether a site sentence is (part of) one of the editors' texts. */
export function editorialMatcher(texts: string[]): (sentence: string[]) => boolean {
  const plain = tokenStream(texts.filter((t) => !PLACEHOLDER.test(t)));
  // A template is matched sentence by sentence, each whole: its free slots must not swallow other text.
  const templates = texts
    .filter((t) => PLACEHOLDER.test(t))
    .flatMap((t) => sourceSentences(slotted(t)))
    .map((tokenList) => new RegExp(`^${templateRe(tokenList)}$`));
  return (sentence) => has(plain, sentence) || templates.some((re) => re.test(sentence.join(' ')));
}

/** Whether an editors' text (template or not) stands in a page's text. */
export function editorialShown(text: string, pageText: string): boolean {
  const page = ` ${tokens(pageText).join(' ')} `;
  if (!PLACEHOLDER.test(text)) return page.includes(` ${tokens(text).join(' ')} `);
  return new RegExp(` ${templateRe(tokens(slotted(text)))} `).test(page);
}

export interface Comparison {
  /** Source sentences of the section, and those not found in its place on the site. */
  sourceTotal: number;
  missing: string[];
  /** Site sentences of the region, and those found neither in its source nor in the editorial list. */
  siteTotal: number;
  added: string[];
}

/**
 * Compare one section with its place on the site, both ways.
 * - source → site: every sentence of `sourceParts` occurs (as a run of words) in `siteBlocks`;
 * - site → source: every sentence of `siteBlocks` occurs in `allowedSource` (the section and any
 *   whole-page section of the same page) or in `editorial` (text the editors wrote, listed as such).
 */
export function compareSection(opts: {
  sourceParts: string[];
  siteBlocks: string[];
  allowedSource?: string[];
  editorial?: string[];
  /** Short phrases (names) may have their words in another order within one source line: "Bruijn, de, H." → "H. de Bruijn". */
  names?: boolean;
}): Comparison {
  const site = ` ${opts.siteBlocks.map((b) => tokens(b).join(' ')).join(' ')} `;
  const wanted = opts.sourceParts.flatMap((p) => sourceSentences(p));
  const missing = wanted.filter((s) => !has(site, s)).map((s) => s.join(' '));
  const source = tokenStream(opts.allowedSource ?? opts.sourceParts, true);
  const editorial = editorialMatcher(opts.editorial ?? []);
  const shown = opts.siteBlocks.flatMap((b) => textSentences(b));
  const lines = opts.names ? (opts.allowedSource ?? opts.sourceParts).flatMap((p) => p.split(/\r?\n/)).map((l) => new Set(tokens(cleanLine(l)))) : [];
  const isName = (s: string[]) => s.length <= 4 && lines.some((line) => s.every((t) => line.has(t)));
  const added = shown.filter((s) => !has(source, s) && !editorial(s) && !isName(s)).map((s) => s.join(' '));
  return { sourceTotal: wanted.length, missing, siteTotal: shown.length, added };
}

/** Where a section lives on the site: a page path and, for themes, the heading (## …) of its part. */
export interface SectionTarget {
  path: string;
  /** '' = the title and text before the first ##; '*' = the whole page. */
  heading: string;
}
/** Sections that are deliberately not on the site (title page, navigation, sidebar). */
export const droppedSections = new Set(['titelpagina', 'navigatie', 'zijbalk']);

export function sectionTarget(id: string, themeIds: Map<number, string>): SectionTarget | null {
  if (droppedSections.has(id)) return null;
  const m = /^(pagina|stap|thema|voetnoot|achtergrond):([a-z0-9-]+)(?: \/ (.+))?$/.exec(id);
  if (!m) throw new Error(`sectie "${id}": onbekende vorm (verwacht bv. "thema:2 / Uitgewerkt", "stap:visie", "voetnoot:13")`);
  const [, kind, target, heading] = m;
  if (heading && kind !== 'thema') throw new Error(`sectie "${id}": alleen thema's zijn in koppen verdeeld`);
  const path =
    kind === 'pagina'
      ? `/${target}/`
      : kind === 'stap'
        ? `/hoe/${target}/`
        : kind === 'voetnoot'
          ? `/voetnoten/${Number(target)}/`
          : kind === 'achtergrond'
            ? `/achtergrond/${target}/`
            : `/waarom/${themeIds.get(Number(target)) ?? `?thema-${target}`}/`;
  return { path, heading: kind === 'thema' ? (heading ?? '') : '*' };
}

/** Normalise a rendered text for exact comparison: whitespace, and the typographic quotes of SmartyPants. */
export const exactText = (text: string): string =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

// ---------------------------------------------------------------------------------------------
// The site side: the readable content of a built page, cut into the parts under each ## heading.

/** Not the guide's text: navigation, generated labels, search helpers, footnote tooltips and lists. */
const notContent = [
  'script',
  'style',
  'nav',
  '.kicker',
  '.footnotes',
  '.fn-ref',
  '.fn-tip',
  '.sr-only',
  '.heading-link',
  '[data-pagefind-ignore]',
  '[hidden]',
  '[data-zoektermen]',
].join(', ');

/**
 * The content of a page (its `<article>`) as text blocks per region: '' for the title and the
 * text before the first `<h2>`, then one region per `<h2>` (keyed by its text, which is part of
 * the region, as the heading line is part of its source section).
 */
export function pageRegions(html: string, opts: { skipTitle?: boolean } = {}): Map<string, string[]> {
  const article = parse(html).querySelector('article');
  const regions = new Map<string, string[]>();
  if (!article) return regions;
  for (const x of article.querySelectorAll(notContent)) x.remove();
  if (opts.skipTitle) article.querySelector('h1')?.remove();
  // Cut the serialised article at each <h2>: headings in content are never nested in other blocks.
  const chunks = article.innerHTML.split(/(?=<h2[\s>])/);
  chunks.forEach((chunk, i) => {
    // A line break inside a paragraph is a space to the reader; soft hyphens (build-time
    // hyphenation of long heading words) are not part of the words.
    const root = parse(chunk.replace(/\n/g, ' ').replace(/\u00AD/g, ''));
    const heading = i === 0 ? '' : (root.querySelector('h2')?.text ?? '').replace(/\s+/g, ' ').trim();
    const blocks = root.structuredText
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    regions.set(heading, [...(regions.get(heading) ?? []), ...blocks]);
  });
  return regions;
}

/** Never text of the guide or of the editors: code, screen-reader extras, footnote markers and tooltips, anchors. */
const alwaysRemoved = ['script', 'style', '.sr-only', '.fn-ref', '.fn-tip', '.heading-link', '[hidden]'];

/**
 * The text blocks (one per line a reader sees) of the first element matching `selector`, without
 * the parts named in `remove` (the site's own labels and navigation there).
 */
export function textBlocks(html: string, selector: string, remove: string[] = []): string[] {
  const el = parse(html.replace(/\n/g, ' ').replace(/\u00AD/g, '')).querySelector(selector);
  if (!el) return [];
  for (const x of el.querySelectorAll([...alwaysRemoved, ...remove].join(', '))) x.remove();
  // A label in a figure, and a badge ("Link onbekend"), is a line of its own to the reader.
  for (const x of el.querySelectorAll('svg title, svg text, .badge')) x.replaceWith(`<p>${x.text}</p>`);
  return el.structuredText
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A source page lists names and short descriptions, not sentences: "Pauline Slot, Paul Leseman —
 * Universiteit Utrecht (2019)". Each name or phrase must come from the source on its own, so the
 * blocks are cut at the separators between them.
 */
export const sourcePagePhrases = (blocks: string[]): string[] =>
  blocks.flatMap((b) => b.split(/\s*[,;()—]\s*|\s+en\s+|\s+·\s+/)).filter((p) => tokens(p).length > 0);

// ---------------------------------------------------------------------------------------------
// A logged correction holds everywhere the same text is shown: titles, descriptions and the text
// screen readers hear included. What must no longer appear is the corrected word with a word of
// context on each side ("brochure voor gemeenteraadverkiezingen"), so an unrelated use of the
// same word elsewhere ("maatschappelijke" in another sentence) is not a fault.

/** The uncorrected form of each correction, as tokens; none for a correction of punctuation only. */
export function uncorrectedForms(log: (SectionLogEntry & { grond?: string })[]): { entry: SectionLogEntry; phrase: string }[] {
  return log.flatMap((entry) => {
    if (entry.wordt === undefined || entry.grond === undefined || entry.grond === 'behouden') return [];
    const before = tokens(entry.bron);
    const after = tokens(entry.wordt);
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    if (start + end >= before.length) return []; // nothing left of the old wording: only punctuation changed
    const phrase = before.slice(Math.max(0, start - 1), Math.min(before.length, before.length - end + 1)).join(' ');
    return [{ entry, phrase }];
  });
}

/** Every text of a page, as a reader or a screen reader gets it: also screen-reader extras, titles and labels. */
export function everyText(html: string): string {
  const root = parse(html);
  for (const x of root.querySelectorAll('script, style')) x.remove();
  const attributes = root
    .querySelectorAll('[aria-label], [title], [alt], meta[content]')
    .flatMap((el) => ['aria-label', 'title', 'alt', 'content'].map((a) => el.getAttribute(a) ?? ''));
  return ` ${tokens([root.text, ...attributes].join(' \n ')).join(' ')} `;
}
