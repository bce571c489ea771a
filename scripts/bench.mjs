// npm run bench — how build and search index grow with the amount of content.
//
// For each scale factor (default 1, 10, 100) this writes a synthetic copy of content/ with about
// that many times the HTML pages of the real site to a temp dir, builds it cold (`astro build`, fresh cache and output dir) and indexes it (`pagefind`),
// then reports wall time, HTML pages, index size and build+index time per 1,000 pages.
//
// How content is multiplied (the schemas cap themes at 1-8 and steps at order 1-6 with fixed
// colours, so those cannot simply be copied):
// Content is copied in rounds j = 1, 2, …; each round adds one copy of every footnote and source
// (each a page of its own), quote and example; the number of rounds is chosen so that the total is
// scale × the pages of the real site (x1, measured first).
//   - footnotes: copies get new numbers (n + 34·j); sources: copies get new ids (<id>-kj);
//   - quotes and examples: copies with new ids (<id>-kj), listed on /citaten/ and /praktijkvoorbeelden/.
// Pages, themes and steps are not copied: only the pages of the outline (src/config/outline.ts)
// have a route, the build rejects a page the outline does not name, and every outline page is
// listed in every page's navigation, so copies there would measure the navigation, not the build.
// References inside copy j point at the copies of the same round (voetnoot/[^n], bron:,
// <Quote>, <Example>), so backlinks per target stay as in the real guide; thema:, stap:,
// pagina: and achtergrond: point at the originals. Achtergrond articles are not multiplied: every
// page lists them in its sidebar, so multiplying them would measure the sidebar, not the build.
//
// The builds run in a private copy of the project (node_modules linked in): Astro keeps build
// state in <root>/.astro/, so a build in the project root itself would clash with any other build there.
//
// Environment: BENCH_SCALES="1,10,100", BENCH_BUDGET_S=320 (a projected scale that would not fit
// is reduced, and the output says so), BENCH_KEEP=1 keeps the temp dir.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { benchSearch } from './bench-search.mjs';
import { isolatedProject } from '../test/support/project.ts';
import { benchEditions } from './bench-editions.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'content');
const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map((s) => Number(s.trim()));
const budgetS = Number(process.env.BENCH_BUDGET_S ?? 320);
const tmp = mkdtempSync(join(tmpdir(), 'guide-bench-'));
const started = performance.now();
const elapsedS = () => (performance.now() - started) / 1000;

// ---------------------------------------------------------------- synthetic content

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readEntry(file) {
  const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: geen frontmatter`);
  return { data: parseYaml(match[1]) ?? {}, body: match[2] };
}

const writeEntry = (file, data, body) => writeFileSync(file, `---\n${stringifyYaml(data, { aliasDuplicateObjects: false }).trimEnd()}\n---\n${body}`);

const list = (dir, ext) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort();

/** Point the references of copy j at the copies of round j. */
function rewriteBody(body, j, footnoteOffset) {
  const k = `-k${j}`;
  return body
    .replace(/\[\^(\d+)\]/g, (_, n) => `[^${Number(n) + footnoteOffset}]`)
    .replace(/\]\(voetnoot:(\d+)\)/g, (_, n) => `](voetnoot:${Number(n) + footnoteOffset})`)
    .replace(/\]\(bron:([a-z0-9-]+)\)/g, (_, id) => `](bron:${id}${k})`)
    .replace(/<(Quote|Example)(\s+)id="([^"]+)"/g, (_, name, space, id) => `<${name}${space}id="${id}${k}"`);
}

/** Pages each round of copies adds: one per footnote and source. */
function pagesPerRound() {
  const count = (folder, ext) => list(join(source, folder), ext).length;
  const sources = parseYaml(readFileSync(join(source, 'sources', 'sources.yaml'), 'utf8')).length;
  return count('footnotes', '.md') + sources;
}

/** content/ plus `rounds` rounds of copies, in `dir`. */
function generate(rounds, dir) {
  cpSync(source, dir, { recursive: true });
  if (rounds === 0) return;
  const footnotes = list(join(source, 'footnotes'), '.md').map((f) => readEntry(join(source, 'footnotes', f)));
  const maxFootnote = Math.max(...footnotes.map((f) => Number(f.data.number)));
  const sourcesFile = join(dir, 'sources', 'sources.yaml');
  const sources = parseYaml(readFileSync(join(source, 'sources', 'sources.yaml'), 'utf8'));
  const quotes = list(join(source, 'quotes'), '.yaml');
  const examples = list(join(source, 'examples'), '.md');
  const copies = [];
  for (let j = 1; j <= rounds; j++) {
    const k = `-k${j}`;
    const offset = maxFootnote * j;
    for (const f of footnotes) {
      const n = Number(f.data.number) + offset;
      writeEntry(join(dir, 'footnotes', `${n}.md`), { ...f.data, number: n }, rewriteBody(f.body, j, offset));
    }
    copies.push(...sources.map((s) => ({ ...s, id: `${s.id}${k}` })));
    for (const q of quotes) cpSync(join(source, 'quotes', q), join(dir, 'quotes', q.replace(/\.yaml$/, `${k}.yaml`)));
    for (const e of examples) cpSync(join(source, 'examples', e), join(dir, 'examples', e.replace(/\.md$/, `${k}.md`)));
  }
  writeFileSync(sourcesFile, stringifyYaml([...sources, ...copies], { aliasDuplicateObjects: false }));
}

// ---------------------------------------------------------------- measuring

const project = isolatedProject(join(tmp, 'project'));

function run(label, args, env, logFile) {
  const t0 = performance.now();
  const r = spawnSync('npx', args, {
    cwd: project,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 30 * 60 * 1000,
  });
  const s = (performance.now() - t0) / 1000;
  writeFileSync(logFile, `${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${label} mislukt (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}); log: ${logFile}\n${tail}`);
  }
  return s;
}

function walk(dir, visit) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, visit);
    else visit(p, st);
  }
}

function htmlPages(dir) {
  let n = 0;
  walk(dir, (p) => {
    if (p.endsWith('.html') && !p.includes(`${join(dir, 'pagefind')}`)) n++;
  });
  return n;
}

function bytes(dir) {
  let total = 0;
  walk(dir, (_, st) => (total += st.size));
  return total;
}

/** Rounds of copies for `scale` × the real site's pages (known once x1 has run). */
function roundsFor(scale, basePages) {
  if (scale <= 1) return 0;
  return basePages ? Math.round(((scale - 1) * basePages) / pagesPerRound()) : scale - 1;
}

function bench(scale, basePages) {
  const work = join(tmp, `x${scale}`);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  const cache = join(work, 'cache');
  mkdirSync(work, { recursive: true });
  const g0 = performance.now();
  const rounds = roundsFor(scale, basePages);
  generate(rounds, content);
  const genS = (performance.now() - g0) / 1000;
  rmSync(cache, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const env = { GUIDE_CONTENT_DIR: content, GUIDE_OUT_DIR: out, GUIDE_CACHE_DIR: cache };
  const buildS = run(`astro build x${scale}`, ['astro', 'build'], env, join(work, 'build.log'));
  // Pagefind indexes inside `astro build` (src/integrations/search-index.ts): build time includes it.
  const indexS = 0;
  const pages = htmlPages(out);
  const indexKB = bytes(join(out, 'pagefind')) / 1024;
  const result = { scale, rounds, pages, genS, buildS, indexS, indexKB, per1000ms: ((buildS + indexS) / pages) * 1e6 };
  // Free the disk between scales; the figures are all we need.
  if (!process.env.BENCH_KEEP) rmSync(join(work, 'dist'), { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------- main

const fmt = (n, d = 1) => n.toFixed(d);
const results = [];
const notes = [];
// Search first, on the real dist/ (BENCH_SEARCH=0 skips it).
if (process.env.BENCH_SEARCH !== '0') await benchSearch();
// Editions and the change history (BENCH_EDITIONS=0 skips them).
const editions = process.env.BENCH_EDITIONS !== '0' ? await benchEditions() : undefined;
try {
  for (const wanted of scales) {
    let scale = wanted;
    const last = results.at(-1);
    if (last && scale > last.scale) {
      // Pages grow linearly with the factor; time per page from the last (largest) run.
      const first = results[0];
      const pagesPerFactor = last.scale > first.scale ? (last.pages - first.pages) / (last.scale - first.scale) : first.pages;
      const pagesAt = (s) => first.pages + pagesPerFactor * (s - first.scale);
      // Measured: time per page rises with the size of the build (x10 → x55: about +40 %), so
      // project with pages^1.2 from the last run rather than linearly.
      const lastS = last.genS + last.buildS + last.indexS;
      const project = (s) => lastS * (pagesAt(s) / last.pages) ** 1.2;
      const left = budgetS - elapsedS();
      if (project(scale) > left) {
        let fit = scale;
        while (fit > last.scale && project(fit) > left) fit -= 1;
        const note = `x${wanted} verwacht ~${Math.round(project(wanted))}s (≈${Math.round(pagesAt(wanted))} pagina's), past niet in het budget van ${budgetS}s (nog ${Math.round(left)}s over): ${fit > last.scale ? `x${fit} gedraaid in plaats van x${wanted}` : `overgeslagen`}`;
        notes.push(note);
        console.log(`NOTE: ${note}`);
        if (fit <= last.scale) continue;
        scale = fit;
      }
    }
    console.log(`… x${scale}: content genereren, bouwen, indexeren`);
    const r = bench(scale, results.find((x) => x.scale === 1)?.pages);
    results.push(r);
    console.log(
      `  x${r.scale}: ${r.rounds} rondes kopieën, ${r.pages} pagina's, genereren ${fmt(r.genS)}s, build ${fmt(r.buildS)}s, pagefind ${fmt(r.indexS)}s, index ${fmt(r.indexKB, 0)} KB`,
    );
  }
} finally {
  if (!process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
  else console.log(`temp dir bewaard: ${tmp}`);
}

console.log('');
console.log('| schaal | html-pagina\'s | build (s) | pagefind (s) | build+index per 1000 pagina\'s (s) | index (KB) | index per pagina (KB) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| x${r.scale} | ${r.pages} | ${fmt(r.buildS)} | ${fmt(r.indexS)} | ${fmt(r.per1000ms / 1000, 2)} | ${fmt(r.indexKB, 0)} | ${fmt(r.indexKB / r.pages, 2)} |`,
  );
}
console.log(`totaal ${fmt(elapsedS())}s (budget ${budgetS}s)`);
console.log("let op: kopieën delen de woordenschat van het origineel; de zoekindex groeit daardoor minder dan bij echt nieuwe tekst.");
for (const n of notes) console.log(`NOTE: ${n}`);
if (editions?.cold !== undefined) {
  console.log(
    `edities: build zonder ${fmt(editions.without)}s, koude editie ${fmt(editions.cold)}s, bewaarde editie ${fmt(editions.warm)}s (${fmt(editions.warmExtra)} %); ` +
      `geschiedenis ${editions.commits} commits in ${fmt(editions.historyS, 2)}s`,
  );
} else if (editions) console.log(`geschiedenis: ${editions.commits} commits in ${fmt(editions.historyS, 2)}s`);
console.log(
  `bench: ${results
    .map((r) => `x${r.scale} ${r.pages} pages build ${fmt(r.buildS)}s (${Math.round(r.per1000ms)}ms/1000 pages) index ${fmt(r.indexS)}s size ${fmt(r.indexKB, 0)}KB`)
    .join('; ')}`,
);
