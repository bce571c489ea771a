/**
 * Tools for the fidelity test: the site must carry every sentence of the guide.
 * Both sides are reduced to lowercase word tokens, so punctuation, quotes, Markdown and
 * typography (SmartyPants) never cause false alarms, while every word still has to match.
 */
import type { LogEntry } from '../../src/schemas/redactielog';

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

/** Apply the editorial log's corrections (bron → wordt) to the source text. */
export function applyLog(source: string, log: Pick<LogEntry, 'bron' | 'wordt'>[]): string {
  let text = source;
  for (const entry of log) if (entry.wordt !== undefined) text = text.split(entry.bron).join(entry.wordt);
  return text;
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

/** The source's sentences, after the log is applied, as token lists. */
export function sourceSentences(source: string): string[][] {
  return source
    .split(/\r?\n/)
    .map(cleanLine)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[\p{Lu}"'‘“(])/u))
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
