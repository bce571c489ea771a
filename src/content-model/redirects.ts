import { shortStepNumberPath, shortStepPath, shortThemePath, stepPath, themePath } from './paths';

/**
 * Short, memorable URLs for policy documents, as data: short path → canonical path.
 * /thema/3/, /stap/analyse/, /stap/2/ (the gears by number) and /hoe/ (as /waarom/ exists).
 * Built from content/, so a new theme or step gets its short URL automatically; the pages
 * themselves (Dutch, keeping a #fragment) are src/pages/[...kort].astro.
 */
export function shortUrls(content: {
  themes: { id: string; number: number }[];
  steps: { id: string; order: number; gear: boolean }[];
}): Record<string, string> {
  const out: Record<string, string> = { '/hoe/': '/aan-de-slag/' };
  for (const theme of content.themes) out[shortThemePath(theme.number)] = themePath(theme.id);
  for (const step of content.steps) {
    out[shortStepPath(step.id)] = stepPath(step.id);
    if (step.gear) out[shortStepNumberPath(step.order)] = stepPath(step.id);
  }
  return out;
}
