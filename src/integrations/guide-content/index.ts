import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../content-model/content-dir';
import { checkContent } from './check-content';
import { ContentError } from '../../content-model/content-error';
import { forgetRegistry } from '../../content-model/registry';

/**
 * Content rules before anything renders, and live updates while editing:
 * - `astro build` stops at once when content/ breaks a rule: checkContent (schemas, the rules
 *   of validateContent, every Markdown body through the plugins), each problem printed once
 *   with file:line, exactly as `npm run check:content` prints them without a build.
 * - `astro dev` reports the same problems, and when a file in content/ changes, drops every
 *   compiled page and the plugins' registry, so that the next reload renders with the current
 *   footnotes, sources, quotes and examples (the plugins read them from content/, not from the
 *   compiled page).
 */
export default function guideContent(): AstroIntegration {
  return {
    name: 'guide-content',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = await checkContent();
        if (command === 'dev') for (const problem of problems) logger.error(problem);
        else if (problems.length) {
          const count = problems.length === 1 ? 'Eén fout' : `${problems.length} fouten`;
          throw new ContentError(`${count} in de inhoud (npm run check:content geeft dezelfde lijst):\n${problems.join('\n')}`);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentDir);
        const onChange = async (path: string) => {
          if (!resolve(path).startsWith(root)) return;
          forgetRegistry();
          for (const problem of await checkContent()) logger.error(problem);
          for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('add', onChange);
        server.watcher.on('change', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
