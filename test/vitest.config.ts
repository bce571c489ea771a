import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects. `npm test` runs unit beside the build, then site and browser together (beside
// `astro check`), so both cores stay busy:
// unit    – plugins, utilities and components (Astro Container API), no build needed;
// site    – checks on the real build output in dist/ (fidelity, links, HTML, budgets, bad content);
// browser – dist/ served on 127.0.0.1 and driven with Debian's Chromium. Its files may run side by
//           side: each opens its own browser and no test depends on timing.
export default defineConfig({
  test: {
    // Vitest would use one worker less than there are cores: on a 2-core machine that is one, and
    // the browser files, which mostly wait for Chromium, would run one after another. So: all cores.
    maxWorkers: availableParallelism(),
    projects: [
      'test/vitest.unit.config.ts',
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
