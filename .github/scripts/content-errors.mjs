// Runs a command (the build, the tests) and, when it fails, puts the editor's errors first:
// every "content/<file>:<line>" message becomes an annotation on that line of the pull request
// and a table at the top of the run's summary, in the build's own Dutch words.
// Usage: node .github/scripts/content-errors.mjs npm test
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ANSI = /\u001b\[[0-9;]*m/g;
const LOCATED = /(?:^|[\s(/"'`])(content\/[\w./-]+\.(?:mdx|md|ya?ml)):(\d+)(?::(\d+))?:?\s*(.*)$/;
const UNLOCATED = /(?:^|[\s(/"'`])(content\/[\w./-]+\.(?:mdx|md|ya?ml))\b[:\s]+(.*)$/;

/** The content errors in a log: file (from content/), line when known, message; each place once. */
export function contentErrors(log) {
  const errors = [];
  let previous = '';
  for (const raw of log.replace(ANSI, '').split('\n')) {
    const text = raw.trim();
    const located = LOCATED.exec(text);
    const unlocated = located ? null : UNLOCATED.exec(text);
    if (located || unlocated) {
      const file = (located ?? unlocated)[1];
      const line = located && Number(located[2]) > 0 ? Number(located[2]) : undefined;
      const message = (located ? located[4] : unlocated[2]).trim();
      // "Location: …/x.mdx:7:97" repeats an error already reported for that line.
      const known = errors.some((e) => e.file === file && (e.line === line || (!message && line === undefined)));
      if (!(known && !message) && !errors.some((e) => e.file === file && e.line === line && e.message === message)) {
        errors.push({ file, line, message: message || previous || text });
      }
    }
    if (text && !/^(Location|Stack trace):?$/.test(text)) previous = text;
  }
  return errors;
}

const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub workflow commands: one error annotation per content error. */
export const annotations = (errors) =>
  errors.map(
    (e) => `::error file=${escapeProperty(e.file)}${e.line ? `,line=${e.line}` : ''},title=${escapeProperty('Fout in de inhoud')}::${escapeData(e.message)}`,
  );

/** The summary table (Markdown) for the run's page. */
export const summary = (errors) =>
  [
    '## De inhoud bevat fouten',
    '',
    'Verbeter deze plekken; de rest van het log staat hieronder.',
    '',
    '| bestand | regel | melding |',
    '| --- | --- | --- |',
    ...errors.map((e) => `| \`${e.file}\` | ${e.line ?? ''} | ${e.message.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');

async function main(command) {
  let log = '';
  const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      log += chunk;
      (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
    });
  }
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (code !== 0) {
    const errors = contentErrors(log);
    if (errors.length) {
      console.log(`\n${errors.length} fout(en) in content/:`);
      for (const line of annotations(errors)) console.log(line);
      if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(errors));
    }
  }
  process.exit(code);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.length < 3) {
    console.error('gebruik: node .github/scripts/content-errors.mjs <opdracht> [argumenten]');
    process.exit(2);
  }
  await main(process.argv.slice(2));
}
