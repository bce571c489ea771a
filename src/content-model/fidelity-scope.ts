import type { Registry } from './registry';
import { achtergrondPath, footnotePath, listPath, pagePath, sourcePath, stepPath, themePath } from './paths';

/**
 * Which pages the fidelity test (test/site/fidelity.test.ts) reads sentence by sentence. One list
 * for the test and for what /over/ and /verantwoording/ say it checks, so the claim follows it.
 */
export function fidelityScope(registry: Registry) {
  const groups = {
    pages: [...registry.pages.keys()].map(pagePath),
    steps: [...registry.steps.keys()].map(stepPath),
    themes: [...registry.themes.values()].map((t) => themePath(t.id)),
    footnotes: [...registry.footnotes.keys()].map(footnotePath),
    achtergrond: [...registry.achtergrond.keys()].map(achtergrondPath),
  };
  /** The guide's text, each section in its own place. */
  const sectionPages = Object.values(groups).flat();
  return {
    groups,
    sectionPages,
    /** Pages whose footnote list is read note by note (the whole guide on one page too). */
    footnoteListPages: [...sectionPages, listPath('heleHandreiking')],
    sourcePages: [...registry.sources.keys()].map(sourcePath),
    /** The home page; the peildatum banner in every page's header is read there. */
    home: listPath('home'),
  };
}
