/** The search filters (onderdeel, thema, soort bron) over the vocabulary's page table. */
import type { Vocabulary } from './types.ts';

export const FILTER_LABELS: Record<string, string> = { onderdeel: 'Onderdeel', thema: 'Thema', 'soort bron': 'Soort bron' };
/** Filter name → the values the reader ticked. */
export type Chosen = Map<string, Set<string>>;

/** A page's filters as [name, value] pairs. */
export const pageFilters = (v: Vocabulary, id: string): [string, string][] =>
  (v.data.pages[id]?.[3] ?? []).map((n) => {
    const f = v.data.filters[n];
    const at = f.indexOf(':');
    return [f.slice(0, at), f.slice(at + 1)];
  });

/** A page passes when, in every filter group with a choice (except `except`), it has one of the chosen values. */
export const passes = (v: Vocabulary, id: string, chosen: Chosen, except?: string) =>
  [...chosen].every(([name, values]) => name === except || pageFilters(v, id).some(([n, value]) => n === name && values.has(value)));

/** Per filter group, the values with their counts among `ids` (each group counted as if it had no choice). */
export function filterCounts(v: Vocabulary, ids: string[], chosen: Chosen): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const name of Object.keys(FILTER_LABELS)) {
    const counts = new Map<string, number>();
    for (const f of v.data.filters) if (f.startsWith(`${name}:`)) counts.set(f.slice(name.length + 1), 0);
    for (const id of ids) if (passes(v, id, chosen, name)) for (const [n, value] of pageFilters(v, id)) if (n === name) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = [...counts.keys()].filter((value) => counts.get(value)! > 0 || chosen.get(name)?.has(value)).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
    out.set(name, new Map(values.map((value) => [value, counts.get(value)!])));
  }
  return out;
}
