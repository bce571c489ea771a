import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/content-dir';
import { readContent } from '../utils/content-files';
import { assertValidContent, validateContent } from '../utils/validate-content';

/**
 * Content rules before anything renders, and live updates while editing:
 * - `astro build` stops at once when content/ breaks a rule (validateContent), each problem
 *   printed once with file:line; `npm run check:content` runs the same rules without a build.
 * - `astro dev` reports the same problems, and when a file in content/ changes, drops every
 *   compiled page so that the next reload renders with the current footnotes, sources, quotes
 *   and examples (the plugins read them from content/, not from the compiled page).
 */
export default function guideContent(): AstroIntegration {
  return {
    name: 'guide-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build') assertValidContent(readContent());
        else if (command === 'dev') for (const problem of validateContent(readContent())) logger.error(problem);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentDir);
        const onChange = (path: string) => {
          if (!resolve(path).startsWith(root)) return;
          for (const problem of validateContent(readContent())) logger.error(problem);
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
