import type { Registry } from './registry';
import { achtergrondPath, footnotePath, pagePath, sourcePath, stepPath, themePath } from './paths';

export const referenceKinds = ['thema', 'stap', 'voetnoot', 'bron', 'achtergrond', 'pagina'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];
export interface Reference {
  kind: ReferenceKind;
  target: string;
}
export interface ResolvedReference {
  href: string;
  /** Human name of the target, for screen readers and tooltips. */
  title: string;
}

const pattern = new RegExp(`^(${referenceKinds.join('|')}):(.*)$`);

/** `thema:3` → { kind: 'thema', target: '3' }; anything else (http:, #, relative) → null. */
export function parseReference(url: string): Reference | null {
  const match = pattern.exec(url.trim());
  return match ? { kind: match[1] as ReferenceKind, target: match[2].trim() } : null;
}

const known = (values: Iterable<string | number>) => [...values].sort((a, b) => (a < b ? -1 : 1)).join(', ');

/** Resolve a reference or explain, in Dutch, why it cannot be resolved. */
export function resolveReference(ref: Reference, registry: Registry): ResolvedReference | { error: string } {
  const { kind, target } = ref;
  const bad = (what: string, list: Iterable<string | number>) => ({
    error: `onbekende verwijzing "${kind}:${target}": ${what} bestaat niet (bekend: ${known(list)})`,
  });
  switch (kind) {
    case 'thema': {
      const theme = registry.themes.get(Number(target));
      if (!/^\d+$/.test(target) || !theme) return bad(`thema ${target}`, registry.themes.keys());
      return { href: themePath(theme.id), title: `Thema ${target}: ${theme.title}` };
    }
    case 'voetnoot': {
      const note = registry.footnotes.get(Number(target));
      if (!/^\d+$/.test(target) || !note) return bad(`voetnoot ${target}`, registry.footnotes.keys());
      return { href: footnotePath(Number(target)), title: `Voetnoot ${target}` };
    }
    case 'stap': {
      const step = registry.steps.get(target);
      return step ? { href: stepPath(target), title: `Stap: ${step.title}` } : bad(`stap "${target}"`, registry.steps.keys());
    }
    case 'bron': {
      const source = registry.sources.get(target);
      return source ? { href: sourcePath(target), title: `Bron: ${source.title}` } : bad(`bron "${target}"`, registry.sources.keys());
    }
    case 'achtergrond': {
      const article = registry.achtergrond.get(target);
      return article
        ? { href: achtergrondPath(target), title: `Achtergrond: ${article.title}` }
        : bad(`achtergrondartikel "${target}"`, registry.achtergrond.keys());
    }
    case 'pagina': {
      const page = registry.pages.get(target);
      return page ? { href: pagePath(target), title: page.title } : bad(`pagina "${target}"`, registry.pages.keys());
    }
  }
}
