import { defineConfig } from 'vitest/config';

// Three projects, run in this order by `npm test`:
// unit    – plugins, utilities and components (Astro Container API), no build needed;
// site    – checks on the real build output in dist/ (fidelity, links, HTML, budgets, bad content);
// browser – dist/ served on 127.0.0.1 and driven with Debian's Chromium.
export default defineConfig({
  test: {
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
          fileParallelism: false,
        },
      },
    ],
  },
});
