// npm run check:links — every external address in the built site (dist/, or LINKS_DIR), checked
// with linkinator: 10 s per request, 2 retries, 8 at a time, at most 10 minutes in all.
// Writes a Dutch Markdown report (linkrapport.md, or LINKS_REPORT) and prints the counts.
// Exits 1 when an address is dead (404, 410, other errors after the retries); an address
// without an answer (offline, unknown host, time-out) is reported, not counted as dead.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const dir = process.env.LINKS_DIR ?? 'dist';
const report = process.env.LINKS_REPORT ?? 'linkrapport.md';
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`${dir}/index.html ontbreekt: bouw eerst de site (npm run build).`);
  process.exit(2);
}
const number = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const started = performance.now();
const { module } = await runnerImport('./scripts/link-check.ts', { configFile: false, logLevel: 'silent' });
const result = await module.checkLinks({
  dir,
  timeoutMs: number('LINKS_TIMEOUT_MS', 10_000),
  retries: number('LINKS_RETRIES', 2),
  concurrency: number('LINKS_CONCURRENCY', 8),
  maxMs: number('LINKS_MAX_MS', 600_000),
});
const seconds = Math.round((performance.now() - started) / 100) / 10;
writeFileSync(report, module.linkReport(result, { checkedAt: new Date(), seconds, dir }));
const counts = Object.entries(Object.groupBy(result.rows, (r) => r.verdict)).map(([v, rows]) => `${rows.length} ${v}`);
console.log(`${result.rows.length} externe adressen (${counts.join(', ')}) in ${seconds} s; rapport: ${report}`);
const dead = result.rows.filter((r) => r.verdict === 'dood');
for (const r of dead) console.error(`dood: ${r.url} (${r.status}) op ${r.pages.join(', ')}`);
// linkinator may still be waiting on a request when the overall limit is hit: stop here.
process.exit(dead.length ? 1 : 0);
