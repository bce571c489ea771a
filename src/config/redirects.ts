import { getRegistry } from '../utils/registry';
import { shortStepPath, shortThemePath, stepPath, themePath } from '../utils/paths';

/**
 * Short, memorable URLs for policy documents: /thema/3/ and /stap/analyse/ redirect to the
 * canonical pages. Built from content/, so a new theme or step gets its short URL automatically.
 */
function buildRedirects(): Record<string, string> {
  const registry = getRegistry();
  const out: Record<string, string> = {};
  for (const [n, theme] of registry.themes) out[shortThemePath(n)] = themePath(theme.id);
  for (const id of registry.steps.keys()) out[shortStepPath(id)] = stepPath(id);
  return out;
}

export const redirects = buildRedirects();
