// npm run check:content — checks content/ (or GUIDE_CONTENT_DIR) as the build does, without building:
// schemas, unique numbers and ids, references, footnotes, quotes, examples, editorial log.
// Prints each problem once as "file:line: explanation" and exits 1 when there is one.
import { runnerImport } from 'vite';

const started = performance.now();
const { module } = await runnerImport('./src/integrations/guide-content/check-content.ts', { configFile: false, logLevel: 'silent' });
const problems = await module.checkContent();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length === 1 ? 'Eén fout' : `${problems.length} fouten`} in de inhoud (${seconds} s).`);
  process.exit(1);
}
console.log(`De inhoud is in orde (${seconds} s).`);
