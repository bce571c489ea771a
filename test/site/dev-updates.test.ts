import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { isolatedProject, projectRoot } from '../support/project';

/*
 * Live updates in `npm run dev`: an editor adds or changes a footnote, source, quote or example
 * and sees it on the next reload, without restarting the server. The Markdown plugins read those
 * from content/ (src/content-model/registry.ts), not from the compiled page, so this only works because
 * src/integrations/guide-content/index.ts drops the compiled pages when content/ changes.
 *
 * One dev server for every case, in a private copy of the project (Astro keeps the dev server's
 * data store in <root>/.astro/), on a temp copy of test/fixtures/content-minimal: it starts in a
 * few seconds, and its texts (which the edits below search for) do not change when editors edit
 * content/. The watcher is asynchronous: each case polls the page until it shows the change, or
 * fails after UPDATE_TIMEOUT_MS. Proven to fail when the invalidation in guide-content.ts or the
 * registry re-read in registry.ts is switched off.
 */

const START_TIMEOUT_MS = 60_000;
const UPDATE_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

// vitest exports Vite's mode variables (MODE=test, NODE_ENV=test, BASE_URL …) to process.env; a dev
// server started with them serves nothing ("Cannot GET"), so it gets the environment without them.
const VITEST_ONLY = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
const devEnv = (extra: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ONLY.test(key))),
  ...extra,
});

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Response {
  status: number;
  html: string;
}

/** Fetch `path` until `done` holds; the last response is in the failure message. */
async function until(origin: string, path: string, done: (r: Response) => boolean, log: () => string, timeoutMs = UPDATE_TIMEOUT_MS): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  let last: Response | { error: string } = { error: 'no response yet' };
  while (Date.now() < deadline) {
    try {
      const res = await fetch(origin + path);
      last = { status: res.status, html: await res.text() };
      if (done(last)) return last;
    } catch (error) {
      last = { error: String(error) };
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const seen = 'html' in last ? `status ${last.status}: ${last.html.slice(0, 500)}` : last.error;
  throw new Error(`${path} did not show the change within ${timeoutMs} ms (last: ${seen})\n--- dev server output ---\n${log().slice(-3000)}`);
}

describe('npm run dev shows content changes on the next reload', () => {
  let tmp: string;
  let content: string;
  let origin: string;
  let child: ChildProcess;
  let output = '';
  const log = () => stripAnsi(output);
  const edit = (file: string, change: (current: string) => string) => {
    const path = join(content, file);
    const current = readFileSync(path, 'utf8');
    const next = change(current);
    if (next === current) throw new Error(`${file} not changed: the test's edit no longer matches content/`);
    writeFileSync(path, next);
  };
  const ok = (text: string) => (r: Response) => r.status === 200 && r.html.includes(text);

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'guide-dev-'));
    content = join(tmp, 'content');
    cpSync(join(projectRoot, 'test', 'fixtures', 'content-minimal'), content, { recursive: true });
    const project = isolatedProject(join(tmp, 'project'));
    const port = await freePort();
    child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project,
      env: devEnv({ GUIDE_CONTENT_DIR: content, GUIDE_CACHE_DIR: join(tmp, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that afterAll stops npx and the server it started.
      detached: true,
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    // The port may have been taken meanwhile (Vite then picks the next): read it from the output.
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!/Local\s+http:\/\/127\.0\.0\.1:\d+/.test(log())) {
      if (child.exitCode !== null) throw new Error(`astro dev stopped (exit ${child.exitCode}):\n${log()}`);
      if (Date.now() > deadline) throw new Error(`astro dev not ready within ${START_TIMEOUT_MS} ms:\n${log()}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    origin = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log())![1];
    // The unchanged page first: each case below must then see its own change appear.
    await until(origin, '/hoe/startpunt/', ok('Startpunt'), log, START_TIMEOUT_MS);
  }, START_TIMEOUT_MS * 2);

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('a new footnote: the marker first, then footnotes/35.md (the README recipe)', async () => {
    // The order an editor often works in: the page is broken (unknown footnote) until the file
    // exists, and must then render without a restart, although the page itself did not change.
    const before = output.length;
    edit('steps/startpunt.mdx', (s) => s.replace('zit. Daarna volgt', 'zit.[^35] Daarna volgt'));
    await until(origin, '/hoe/startpunt/', (r) => r.status === 500 && log().slice(before).includes('onbekende voetnoot [^35]'), log);
    writeFileSync(join(content, 'footnotes', '35.md'), '---\nnumber: 35\n---\n\nEen nieuwe voetnoot, live toegevoegd.\n');
    await until(origin, '/hoe/startpunt/', ok('Een nieuwe voetnoot, live toegevoegd.'), log);
  });

  it('a changed source title, on a page that cites the source', async () => {
    edit('sources/sources.yaml', (s) =>
      s.replace(/(- id: ser-2016-gelijk-goed-van-start\n\s+title: )Gelijk goed van start\n/, '$1Gelijk goed van start, live gewijzigd\n'),
    );
    await until(origin, '/aanleiding/', ok('Bron: Gelijk goed van start, live gewijzigd'), log);
  });

  it('a changed quote', async () => {
    edit('quotes/wethouder-test.yaml', (s) => s.replace('maken we het verschil', 'maken we live het verschil'));
    await until(origin, '/aanleiding/', ok('maken we live het verschil'), log);
  });

  it('a changed example', async () => {
    edit('examples/voorbeeldgemeente-studiereis.md', (s) => s.replace('organiseerde een studiereis', 'organiseerde een live studiereis'));
    await until(origin, '/hoe/startpunt/', ok('organiseerde een live studiereis'), log);
  });

  it('a broken marker gives the Dutch error with file:line, and fixing it recovers without a restart', async () => {
    const before = output.length;
    edit('steps/startpunt.mdx', (s) => s.replace('[^35]', '[^36]'));
    await until(origin, '/hoe/startpunt/', (r) => r.status === 500 && /steps\/startpunt\.mdx:8: onbekende voetnoot \[\^36\]/.test(log().slice(before)), log);
    edit('steps/startpunt.mdx', (s) => s.replace('[^36]', '[^35]'));
    await until(origin, '/hoe/startpunt/', ok('Een nieuwe voetnoot, live toegevoegd.'), log);
  });
});
