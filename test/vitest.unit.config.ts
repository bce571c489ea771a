import { getViteConfig } from 'astro/config';

// Unit tests run inside Astro's Vite setup, so components can use astro:content and the
// Container API; content is read from the test fixtures (see test/unit/setup.ts).
export default getViteConfig({
  test: {
    name: 'unit',
    include: ['test/unit/**/*.test.ts'],
  },
});
