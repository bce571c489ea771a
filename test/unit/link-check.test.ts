import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, linkReport, type LinkCheck } from '../../scripts/link-check';

/*
 * npm run check:links on a small site whose pages link to a server on 127.0.0.1 with a live,
 * a moved (301), a temporarily redirected (302), a dead (404) and a hanging address, plus a
 * host that cannot exist (.invalid), which is what every host looks like offline.
 */

const root = join(import.meta.dirname, '..', '..');
let server: Server;
const sockets = new Set<Socket>();
let base = '';
let site = '';
const TIMEOUT_MS = 1000;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/live') return res.end('ok');
    if (req.url === '/verhuisd') return res.writeHead(301, { location: '/live' }).end();
    if (req.url === '/tijdelijk') return res.writeHead(302, { location: '/live' }).end();
    if (req.url === '/weg') return res.writeHead(404).end('weg');
    // /hangt: never answers.
  });
  server.on('connection', (s) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  site = mkdtempSync(join(tmpdir(), 'links-'));
  const link = (path: string) => `<a href="${path.startsWith('http') ? path : base + path}">${path}</a>`;
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="nl"><title>t</title><body>${['/live', '/verhuisd', '/tijdelijk', '/weg', '/hangt', 'http://bestaat-niet.invalid/'].map(link).join(' ')} <a href="/tweede/">tweede</a></body></html>`,
  );
  mkdirSync(join(site, 'tweede'));
  writeFileSync(join(site, 'tweede', 'index.html'), `<!doctype html><html lang="nl"><title>t</title><body>${link('/live')}</body></html>`);
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server?.close(resolve));
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('check:links: every external address in the built site, in Dutch', () => {
  let result: LinkCheck;
  let seconds = 0;
  beforeAll(async () => {
    const started = performance.now();
    result = await checkLinks({ dir: site, timeoutMs: TIMEOUT_MS, retries: 1 });
    seconds = (performance.now() - started) / 1000;
  }, 60_000);

  const row = (path: string) => result.rows.find((r) => r.url === (path.startsWith('http') ? path : base + path));

  it('one row per external address, with the pages that use it (internal links are not rows)', () => {
    expect(result.complete).toBe(true);
    expect(result.rows.map((r) => r.url).sort()).toEqual(
      [...['/hangt', '/live', '/tijdelijk', '/verhuisd', '/weg'].map((p) => base + p), 'http://bestaat-niet.invalid/'].sort(),
    );
    expect(row('/live')?.pages.sort()).toEqual(['/', '/tweede/']);
  });

  it('tells a live, a moved, a redirected, a dead, a hanging and an unknown address apart', () => {
    expect(row('/live')).toMatchObject({ verdict: 'werkt' });
    expect(row('/verhuisd')).toMatchObject({ verdict: 'verhuisd', status: 301, target: `${base}/live` });
    expect(row('/tijdelijk')).toMatchObject({ verdict: 'doorgestuurd', status: 302 });
    expect(row('/weg')).toMatchObject({ verdict: 'dood', status: 404 });
    expect(row('/hangt')).toMatchObject({ verdict: 'niet bereikbaar', detail: `geen antwoord binnen ${TIMEOUT_MS / 1000} s` });
    expect(row('http://bestaat-niet.invalid/')).toMatchObject({ verdict: 'niet bereikbaar' });
    expect(row('http://bestaat-niet.invalid/')?.detail).toMatch(/^onbekende host/);
  });

  it('finishes in bounded time although one address never answers', () => {
    // Two attempts of at most TIMEOUT_MS each, one jittered pause in between, and some slack.
    expect(seconds).toBeLessThan((3 * TIMEOUT_MS) / 1000 + 10);
  });

  it('writes a Dutch Markdown table: address, pages, status, "verhuisd naar …"', () => {
    const md = linkReport(result, { checkedAt: new Date('2026-12-02T10:00:00Z'), seconds: 3, dir: 'dist' });
    expect(md).toContain('| Adres | Gebruikt op | Status | Toelichting |');
    expect(md).toContain(`| ${base}/verhuisd | \`/\` | verhuisd (301) | verhuisd naar ${base}/live (301): zet het nieuwe adres in content/ |`);
    expect(md).toMatch(new RegExp(`\\| ${base}/weg \\| \`/\` \\| dood \\(404\\) \\| de pagina bestaat niet meer\\. .*urlArchief: true`));
    expect(md).toContain('**1 adres werkt niet meer.**');
    // Problems first: the dead address is the first row of the table.
    expect(md.split('\n').find((l) => l.startsWith(`| ${base}`) || l.startsWith('| http://bestaat'))).toContain('/weg');
  });

  it('npm run check:links writes the report and exits 1 because one address is dead', async () => {
    // A site of its own with only a live and a dead address: the verdicts are proven above.
    const small = mkdtempSync(join(tmpdir(), 'links-cli-'));
    writeFileSync(join(small, 'index.html'), `<!doctype html><html lang="nl"><title>t</title><body><a href="${base}/live">a</a> <a href="${base}/weg">b</a></body></html>`);
    const report = join(small, 'rapport.md');
    const child = spawn('npm', ['run', '--silent', 'check:links'], {
      cwd: root,
      env: { ...process.env, LINKS_DIR: small, LINKS_REPORT: report, LINKS_TIMEOUT_MS: String(TIMEOUT_MS), LINKS_RETRIES: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, output }).toMatchObject({ code: 1 });
    expect(output).toMatch(/2 externe adressen \(.*1 dood.*\)/);
    expect(readFileSync(report, 'utf8')).toContain(`| ${base}/weg | \`/\` | dood (404) |`);
    rmSync(small, { recursive: true, force: true });
  }, 60_000);
});
