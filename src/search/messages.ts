/**
 * What the search page says about a query, in Dutch. The status line (read out, role="status")
 * carries the count and, once, a corrected word; the note below it what else was done.
 */
import { MAX_QUERY } from './query.ts';
import type { QueryPlan } from './types.ts';

const quote = (s: string) => `“${s}”`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const SUGGESTIONS = (base: string) =>
  `Probeer een ander of algemener woord, of kijk in de <a href="${base}begrippen/">begrippenlijst</a>, de <a href="${base}waarom/">thema’s</a>, ` +
  `de <a href="${base}aan-de-slag/">stappen</a> of de <a href="${base}bronnen/">bronnen</a>.`;

/** The note (HTML): a shortened query, split compounds, words the guide lacks. */
export function noteFor(plan: QueryPlan): string {
  const parts: string[] = [];
  if (plan.truncated) parts.push(`Uw zoekvraag is ingekort tot de eerste ${MAX_QUERY} tekens.`);
  const said = new Set<string>();
  for (const u of plan.units) {
    if (said.has(u.typed)) continue;
    said.add(u.typed);
    if (u.split) parts.push(`${escapeHtml(quote(u.typed))} staat niet in de handreiking; gezocht op <strong>${u.split.map(escapeHtml).join('</strong> en <strong>')}</strong>.`);
    else if (!u.corrected && u.alternatives.length === 0) parts.push(`${escapeHtml(quote(u.typed))} komt niet voor in de handreiking.`);
  }
  return parts.join(' ');
}

/** The status line (text): how many results for what, saying once which word was searched instead. */
export function statusFor(plan: QueryPlan, query: string, count: number, filtered: boolean): string {
  if (plan.empty) return `Geen zoekwoord in ${quote(query.slice(0, 40))}: typ een woord met letters of cijfers.`;
  const asked = query.slice(0, MAX_QUERY);
  if (count === 0) return `Geen resultaten voor ${quote(asked)}${filtered ? ' met deze filters' : ''}.`;
  const corrected = plan.units.filter((u) => u.corrected);
  const searched = corrected.length ? plan.units.map((u) => u.used ?? u.typed).filter((w, i, all) => all.indexOf(w) === i).join(' ') : asked;
  const typed = corrected.length ? ` (u typte ${corrected.map((u) => quote(u.typed)).join(', ')})` : '';
  return `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ${quote(searched)}${typed}.`;
}
