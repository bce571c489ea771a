// npm run adressen: build the site and add every new page and anchor to content/adressen.txt
// (sorted, nothing removed). A lost address still fails the build, as in every build.
import { build } from 'astro';

process.env.ADRESSEN_BIJWERKEN = '1';
await build({});
