import type { SourceData } from '../schemas/source';
import { filterKey } from './filter-key';
import { sourceTypeLabels } from './source-format';

export interface FilterGroup {
  name: 'soort' | 'jaar' | 'organisatie';
  label: string;
  options: { value: string; label: string }[];
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The catalogue's filters: type, year (newest first) and organisation (A-Z). */
export function sourceFilterGroups(sources: SourceData[]): FilterGroup[] {
  return [
    {
      name: 'soort',
      label: 'Soort',
      options: unique(sources.map((s) => s.type)).map((t) => ({ value: filterKey(t), label: sourceTypeLabels[t].one })),
    },
    {
      name: 'jaar',
      label: 'Jaar',
      options: unique(sources.map((s) => s.year ?? 'onbekend'))
        .sort((a, b) => String(b).localeCompare(String(a)))
        .map((y) => ({ value: filterKey(y), label: String(y) })),
    },
    {
      name: 'organisatie',
      label: 'Organisatie',
      options: unique(sources.map((s) => s.organisation ?? 'onbekend'))
        .sort((a, b) => a.localeCompare(b, 'nl'))
        .map((o) => ({ value: filterKey(o), label: o })),
    },
  ];
}

/**
 * Filtering without JavaScript: for each chosen option, CSS :has() hides the items whose
 * data attribute differs. Groups combine (type AND year AND organisation).
 */
export function sourceFilterCss(groups: FilterGroup[]): string {
  return groups
    .flatMap((g) =>
      g.options.map(
        (o) => `.catalogue:has(#filter-${g.name} option[value="${o.value}"]:checked) .source-item:not([data-${g.name}="${o.value}"]){display:none}`,
      ),
    )
    .join('\n');
}
