// Part of npm run bench: what editions and the change history cost (docs/prestaties.md).
// 1. In a private Git repository of the project (code and the real content/ committed), three
//    builds of the real site: without editions, with one edition cold (built from its commit),
//    and again with that edition from the cache.
// 2. The change-history pass (readHistory) on a history of 1,000 synthetic commits, each
//    rewording one sentence of a theme or step, written with `git fast-import`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import './ts-imports.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'test']);
const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@voorbeeld.test', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();

function repository(dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) if (!NOT_COPIED.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'content', 'edities.yaml'), '');
  git(dir, 'init', '-q', '-b', 'main');
  appendFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Tekst van de bench');
  return git(dir, 'rev-parse', 'HEAD');
}

let builds = 0;
function build(dir, cache, label) {
  const t0 = performance.now();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GUIDE_')));
  // A fresh Astro cache each time (never the project's own, which node_modules links to).
  const astroCache = join(dirname(cache), `astro-${builds++}`);
  const r = spawnSync('npx', ['astro', 'build'], { cwd: dir, env: { ...env, EDITIES_CACHE: cache, GUIDE_CACHE_DIR: astroCache, NO_COLOR: '1' }, encoding: 'utf8' });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${label} mislukt:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return s;
}

export async function benchEditions() {
  const tmp = mkdtempSync(join(tmpdir(), 'guide-bench-edities-'));
  try {
    const repo = join(tmp, 'repo');
    const cache = join(tmp, 'cache');
    const first = repository(repo);
    // BENCH_EDITION_BUILDS=0: only the history pass.
    let result = {};
    if (process.env.BENCH_EDITION_BUILDS !== '0') {
      // The machine is shared: builds without and with a cached edition alternate, the fastest of
      // each counts (BENCH_EDITION_RUNS, default 3).
      const runs = Number(process.env.BENCH_EDITION_RUNS ?? 3);
      console.log(`… edities: bouwen zonder editie en met een bewaarde editie (${runs}× om en om), met een koude editie (1×)`);
      writeFileSync(join(repo, 'content', 'edities.yaml'), `- datum: 2026-12-02\n  commit: ${first}\n  titel: Bench\n  toelichting: Editie voor de bench.\n`);
      git(repo, 'commit', '-q', '-am', 'Editie');
      const cold = build(repo, cache, 'build met een koude editie');
      const withoutRuns = [];
      const warmRuns = [];
      for (let i = 0; i < runs; i++) {
        git(repo, 'checkout', '-q', first);
        withoutRuns.push(build(repo, cache, 'build zonder edities'));
        git(repo, 'checkout', '-q', 'main');
        warmRuns.push(build(repo, cache, 'build met een bewaarde editie'));
      }
      const without = Math.min(...withoutRuns);
      const warm = Math.min(...warmRuns);
      console.log(`  zonder: ${withoutRuns.map((s) => s.toFixed(1)).join(', ')} s; bewaard: ${warmRuns.map((s) => s.toFixed(1)).join(', ')} s`);
      result = { without, cold, warm, warmExtra: (warm / without - 1) * 100 };
      console.log(`  zonder edities ${without.toFixed(1)}s, met een koude editie ${cold.toFixed(1)}s, met een bewaarde editie ${warm.toFixed(1)}s (${result.warmExtra >= 0 ? '+' : ''}${result.warmExtra.toFixed(1)} %)`);
    }

    console.log('… wijzigingsgeschiedenis: 1000 synthetische commits');
    const files = ['themes', 'steps'].flatMap((d) => readdirSync(join(repo, 'content', d)).map((f) => `content/${d}/${f}`));
    const texts = new Map(files.map((f) => [f, readFileSync(join(repo, f), 'utf8')]));
    let stream = '';
    const COMMITS = 1000;
    for (let i = 0; i < COMMITS; i++) {
      const file = files[i % files.length];
      const lines = texts.get(file).split('\n');
      const prose = lines.map((l, n) => [l, n]).filter(([l]) => /^[A-Z][a-z].{40,}/.test(l));
      const [line, n] = prose[(i * 7) % prose.length];
      const words = line.split(' ');
      words.splice(1 + (i % (words.length - 1)), 0, 'nadrukkelijk');
      lines[n] = words.join(' ');
      const text = lines.join('\n');
      texts.set(file, text);
      const message = `Wijziging ${i + 1}: ${file}`;
      const data = Buffer.byteLength(text);
      stream += `commit refs/heads/main\ncommitter Bench <bench@voorbeeld.test> ${1796000000 + i * 3600} +0100\ndata ${Buffer.byteLength(message)}\n${message}\n${i === 0 ? 'from refs/heads/main^0\n' : ''}M 100644 inline ${file}\ndata ${data}\n${text}\n\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream, maxBuffer: 1 << 30 });
    const { readHistory } = await import('../src/utils/change-history.ts');
    const since = git(repo, 'rev-parse', `HEAD~${COMMITS}`);
    // Fastest of three passes (a fresh module each time would only add the import).
    let changes = [];
    let historyS = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      changes = readHistory(repo, since, 'content', 'HEAD', { fresh: true });
      historyS = Math.min(historyS, (performance.now() - t0) / 1000);
    }
    const sections = changes.reduce((n, c) => n + c.pages.reduce((m, p) => m + p.sections.length, 0), 0);
    console.log(`  ${changes.length} wijzigingen, ${sections} gewijzigde secties, in ${historyS.toFixed(2)}s`);
    return { ...result, commits: COMMITS, changes: changes.length, historyS };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
