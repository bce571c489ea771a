import { getViteConfig } from 'astro/config';

// Unit tests run inside Astro's Vite setup, so components can use astro:content and the
// Container API. Plugin and content-logic tests use small fixtures from test/support/.
export default getViteConfig({
  test: {
    name: 'unit',
    include: ['test/unit/**/*.test.ts'],
    isolate: false,
  },
});
