/**
 * The search page: a Dutch, keyboard- and screen-reader-friendly UI on Pagefind's JS API.
 * Loaded only on /zoeken/. The query is expanded with the build's vocabulary (search-query.ts),
 * every form is searched with Pagefind and the results are merged and ranked here: the guide's
 * own pages above catalogue entries (sources, footnotes), unless the query names the entry.
 */
import { fold, loadVocabulary, MAX_QUERY, planQuery, type QueryPlan, type Vocabulary, type VocabularyData } from './search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string; kicker?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const FILTER_LABELS: Record<string, string> = { onderdeel: 'Onderdeel', thema: 'Thema', 'soort bron': 'Soort bron' };
const PAGE_SIZE = 10;
/** Catalogue entries (source stubs, footnote pages) only point elsewhere: below the guide's own text. */
const CATALOGUE_FACTOR = 0.1;

const root = document.getElementById('zoeken')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('#zoekterm')!;
const filterBox = root.querySelector<HTMLElement>('#zoekfilters')!;
const filterSummary = root.querySelector<HTMLElement>('#zoekfilters-titel')!;
const disclosure = root.querySelector<HTMLDetailsElement>('#zoekfilters-uitklap')!;
const statusLine = root.querySelector<HTMLElement>('#zoekstatus')!;
const note = root.querySelector<HTMLElement>('#zoekmelding')!;
const list = root.querySelector<HTMLOListElement>('#zoekresultaten')!;
const more = root.querySelector<HTMLButtonElement>('#meer-resultaten')!;
const headerBox = document.querySelector<HTMLInputElement>('#site-search');
const themeNames: Record<string, string> = JSON.parse(root.dataset.themes ?? '{}');

let engine: Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> | undefined;
let shown = PAGE_SIZE;
let sequence = 0;

function load() {
  engine ??= (async () => {
    // A variable path keeps the bundler from resolving Pagefind's file at build time.
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    // Short pages (source stubs, footnotes) would win on length alone: weaken length normalisation.
    await pagefind.options({ excerptLength: 24, highlightParam: 'markeer', ranking: { pageLength: 0.2 } });
    const [, data] = await Promise.all([pagefind.init(), fetch('/pagefind/woorden.json').then((r) => r.json() as Promise<VocabularyData>)]);
    return { pagefind, vocabulary: loadVocabulary(data) };
  })();
  return engine;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** Pagefind's excerpts are page text with <mark>: decode the text, escape it again, keep only the marks. */
const decoder = document.createElement('template');
const cleanExcerpt = (html: string) =>
  html
    .split(/(<mark>|<\/mark>)/)
    .map((part) => {
      if (part === '<mark>' || part === '</mark>') return part;
      decoder.innerHTML = part;
      return escapeHtml(decoder.content.textContent ?? '');
    })
    .join('');
const filterLabel = (name: string, value: string) => (name === 'thema' ? `Thema ${value}${themeNames[value] ? `: ${themeNames[value]}` : ''}` : value);

interface Hit {
  id: string;
  score: number;
  /** Share of the query's units this page matches. */
  coverage?: number;
  /** A catalogue entry the query does not name: it ranks below the guide's pages (see below). */
  pointer?: boolean;
  /** Per query unit: the best weighted score, and the result object that produced it. */
  units: Map<number, { score: number; result: PagefindResult }>;
  combined?: PagefindResult;
}

/** Words of a title (and kicker), folded. */
const titleWords = (v: Vocabulary, id: string) => {
  const [title, kicker] = v.data.pages[id] ?? ['', ''];
  return `${kicker} ${title}`.split(/\s+/).map(fold).filter(Boolean);
};

async function searchPlan(pagefind: Pagefind, v: Vocabulary, plan: QueryPlan): Promise<Hit[]> {
  const units = plan.units.filter((u) => u.alternatives.length > 0);
  const hits = new Map<string, Hit>();
  await Promise.all(
    units.flatMap((unit, u) =>
      unit.alternatives.map(async (alt) => {
        const [ranked, exact] = await Promise.all([pagefind.search(alt.term), alt.exact ? pagefind.search(`"${alt.term}"`) : undefined]);
        const allowed = exact && new Map(exact.results.map((r) => [r.id, r]));
        for (const r of ranked.results) {
          if (allowed && !allowed.has(r.id)) continue;
          const hit = hits.get(r.id) ?? { id: r.id, score: 0, units: new Map() };
          hits.set(r.id, hit);
          const score = r.score * alt.weight;
          const best = hit.units.get(u);
          // The excerpt of an exact search marks only the word itself.
          if (!best || score > best.score) hit.units.set(u, { score, result: allowed ? allowed.get(r.id)! : r });
        }
      }),
    ),
  );
  if (units.length > 1) {
    // One search with every word: its excerpt marks them all together.
    const all = await pagefind.search(units.map((u) => u.alternatives[0].term).join(' '));
    for (const r of all.results) {
      const hit = hits.get(r.id);
      if (hit && hit.units.size === units.length) hit.combined = r;
    }
  }
  for (const hit of hits.values()) {
    const coverage = hit.units.size / units.length;
    const sum = [...hit.units.values()].reduce((s, x) => s + x.score, 0);
    const words = titleWords(v, hit.id);
    const inTitle = units.filter((unit) => unit.alternatives.some((a) => a.term.split(' ').every((t) => words.some((w) => w.startsWith(t))))).length;
    const kind = v.data.pages[hit.id]?.[2];
    // The query names this entry: all its words are in the title, and they make up most of it.
    const titleWordsContent = words.filter((w) => !/^\d+$/.test(w) && !['de', 'het', 'een', 'van', 'en', 'in', 'op', 'voor', 'aan'].includes(w));
    // Only what the reader typed names an entry; expansions (compounds, glossary forms) do not.
    const exactInTitle = units.filter((unit) => unit.alternatives.some((a) => a.weight === 1 && a.term.split(' ').every((t) => words.includes(t)))).length;
    const share = units.length / Math.max(1, titleWordsContent.length);
    const named = exactInTitle === units.length && (units.length > 1 ? share >= 0.5 : share === 1);
    // A title or heading match counts for the guide's pages; a catalogue entry only counts when named.
    const titleFactor = kind === 'catalogus' ? (named ? 3 : CATALOGUE_FACTOR) : 1 + inTitle / units.length;
    hit.score = sum * coverage * coverage * titleFactor;
    hit.coverage = coverage;
    hit.pointer = kind === 'catalogus' && !named;
  }
  return rankGuideFirst([...hits.values()], v);
}

/**
 * Order by score, except that a catalogue entry the query does not name never comes above a
 * guide page that matches at least as much of the query. Such an entry only points to the
 * guide's pages, yet Pagefind weighs its few words and heavily weighted title so much that
 * CATALOGUE_FACTOR cannot promise this: a word in a source's title beat the page that discusses
 * the subject and cites that source.
 */
function rankGuideFirst(hits: Hit[], v: Vocabulary): Hit[] {
  const guide = hits.filter((h) => v.data.pages[h.id]?.[2] !== 'catalogus');
  const key = new Map(
    hits.map((h) => {
      if (!h.pointer) return [h, h.score];
      const above = guide.filter((g) => g.coverage! >= h.coverage!).map((g) => g.score);
      return [h, above.length ? Math.min(h.score, ...above) : h.score];
    }),
  );
  return hits.sort((a, b) => key.get(b)! - key.get(a)! || Number(a.pointer) - Number(b.pointer) || b.score - a.score);
}

function chosenFilters(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) {
    if (!out.has(box.name)) out.set(box.name, new Set());
    out.get(box.name)!.add(box.value);
  }
  return out;
}

const pageFilters = (v: Vocabulary, id: string) => (v.data.pages[id]?.[3] ?? []).map((n) => v.data.filters[n]);
/** A page passes when, in every filter group with a choice, it has one of the chosen values. */
const passes = (v: Vocabulary, id: string, chosen: Map<string, Set<string>>, except?: string) =>
  [...chosen].every(([name, values]) => name === except || pageFilters(v, id).some((f) => values.has(f.slice(name.length + 1)) && f.startsWith(`${name}:`)));

/** Filter checkboxes with counts for the current results (each group counted as if it had no choice). */
function renderFilters(v: Vocabulary, ids: string[], chosen: Map<string, Set<string>>) {
  const focused = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement) ? document.activeElement.id : '';
  filterBox.innerHTML = Object.entries(FILTER_LABELS)
    .map(([name, label]) => {
      const counts = new Map<string, number>();
      for (const f of v.data.filters) if (f.startsWith(`${name}:`)) counts.set(f.slice(name.length + 1), 0);
      for (const id of ids) if (passes(v, id, chosen, name)) for (const f of pageFilters(v, id)) if (f.startsWith(`${name}:`)) counts.set(f.slice(name.length + 1), (counts.get(f.slice(name.length + 1)) ?? 0) + 1);
      const values = [...counts.keys()]
        .filter((value) => counts.get(value)! > 0 || chosen.get(name)?.has(value))
        .sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
      if (values.length === 0) return '';
      return `<fieldset class="zoekfilter"><legend>${label}</legend>${values
        .map((value) => {
          const id = `f-${name.replace(/\W/g, '')}-${value.replace(/[^\p{L}\p{N}]/gu, '')}`;
          return `<label><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}" id="${escapeHtml(id)}"${chosen.get(name)?.has(value) ? ' checked' : ''}> ${escapeHtml(filterLabel(name, value))} <span class="text-muted">(${counts.get(value)})</span></label>`;
        })
        .join('')}</fieldset>`;
    })
    .join('');
  const n = [...chosen.values()].reduce((s, x) => s + x.size, 0);
  filterSummary.textContent = n ? `Filters (${n})` : 'Filters';
  if (focused) document.getElementById(focused)?.focus();
}

/** Runs of RUN words of an excerpt (as the reader reads it: marks and soft hyphens do not count). */
const RUN = 8;
function wordRuns(excerptHtml: string): string[] {
  decoder.innerHTML = excerptHtml;
  const w = (decoder.content.textContent ?? '').replace(/\u00ad/g, '').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  if (w.length < RUN) return w.length ? [w.join(' ')] : [];
  return w.slice(0, w.length - RUN + 1).map((_, i) => w.slice(i, i + RUN).join(' '));
}

function resultHtml(r: PagefindResultData, kind: string | undefined, onderdeel: string): string {
  // Pagefind's page excerpt is mostly one section's excerpt: a section whose text was shown
  // already keeps its link (where that text is), not the text a second time.
  const shown = new Set(wordRuns(r.excerpt));
  const subs = r.sub_results
    .filter((s) => s.url !== r.url && s.url.includes('#') && s.excerpt.includes('<mark>'))
    .slice(0, 3)
    .map((s) => {
      const runs = wordRuns(s.excerpt);
      const repeated = runs.some((run) => shown.has(run));
      for (const run of runs) shown.add(run);
      const text = repeated ? '' : `<p class="text-sm">${cleanExcerpt(s.excerpt)}</p>`;
      return `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>${text}</li>`;
    })
    .join('');
  return `<li class="zoekresultaat${kind === 'catalogus' ? ' zoekresultaat-catalogus' : ''}">
    <p class="text-sm font-semibold text-muted">${escapeHtml(r.meta.kicker || onderdeel)}</p>
    <h2 class="text-lg"><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a></h2>
    <p class="zoekresultaat-uittreksel">${cleanExcerpt(r.excerpt)}</p>
    ${subs ? `<ul class="subresultaten" aria-label="In deze pagina">${subs}</ul>` : ''}
  </li>`;
}

const quote = (s: string) => `“${s}”`;

function describe(plan: QueryPlan): string {
  const parts: string[] = [];
  if (plan.truncated) parts.push(`Uw zoekvraag is ingekort tot de eerste ${MAX_QUERY} tekens.`);
  for (const u of plan.units) {
    if (u.corrected) parts.push(`Resultaten voor <strong>${escapeHtml(u.used!)}</strong> (u typte ${escapeHtml(quote(u.typed))}).`);
    else if (u.alternatives.length === 0) parts.push(`${escapeHtml(quote(u.typed))} komt niet voor in de handreiking.`);
  }
  return parts.join(' ');
}

const SUGGESTIONS =
  'Probeer een ander of algemener woord, of kijk in de <a href="/begrippen/">begrippenlijst</a>, de <a href="/waarom/">thema’s</a>, ' +
  'de <a href="/aan-de-slag/">stappen</a> of de <a href="/bronnen/">bronnen</a>.';

function setState(state: 'bezig' | 'klaar', query: string) {
  root.dataset.zoekstatus = state;
  root.dataset.zoekvraag = query;
}

async function run() {
  const raw = input.value;
  const query = raw.trim();
  const mine = ++sequence;
  setState('bezig', raw);
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query.slice(0, MAX_QUERY));
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (headerBox && document.activeElement !== headerBox) headerBox.value = query;
  const { pagefind, vocabulary: v } = await load();
  if (mine !== sequence) return;
  const chosen = chosenFilters();
  if (!query) {
    list.innerHTML = '';
    note.innerHTML = '';
    statusLine.textContent = '';
    more.hidden = true;
    renderFilters(v, Object.keys(v.data.pages), chosen);
    return setState('klaar', raw);
  }
  const plan = planQuery(query, v);
  const hits = plan.empty ? [] : await searchPlan(pagefind, v, plan);
  if (mine !== sequence) return;
  const filtered = hits.filter((h) => passes(v, h.id, chosen));
  renderFilters(v, hits.map((h) => h.id), chosen);
  const data = await Promise.all(
    filtered.slice(0, shown).map(async (h) => {
      const best = [...h.units.values()].sort((a, b) => b.score - a.score)[0];
      const d = await (h.combined ?? best.result).data();
      const onderdeel = pageFilters(v, h.id).find((f) => f.startsWith('onderdeel:'))?.slice('onderdeel:'.length) ?? '';
      return resultHtml(d, v.data.pages[h.id]?.[2], onderdeel);
    }),
  );
  if (mine !== sequence) return;
  list.innerHTML = data.join('');
  more.hidden = filtered.length <= shown;
  const shownQuery = plan.units.some((u) => u.corrected) ? plan.units.map((u) => u.used ?? u.typed).join(' ') : query.slice(0, MAX_QUERY);
  if (plan.empty) {
    note.innerHTML = '';
    statusLine.textContent = `Geen zoekwoord in ${quote(query.slice(0, 40))}: typ een woord met letters of cijfers.`;
  } else if (filtered.length === 0) {
    note.innerHTML = `${describe(plan)} ${SUGGESTIONS}`;
    statusLine.textContent = `Geen resultaten voor ${quote(query.slice(0, MAX_QUERY))}${chosen.size ? ' met deze filters' : ''}.`;
  } else {
    note.innerHTML = describe(plan);
    statusLine.textContent = `${filtered.length} ${filtered.length === 1 ? 'resultaat' : 'resultaten'} voor ${quote(shownQuery)}.`;
  }
  setState('klaar', raw);
}

let timer: ReturnType<typeof setTimeout> | undefined;
const schedule = (ms: number) => {
  clearTimeout(timer);
  setState('bezig', input.value);
  timer = setTimeout(() => void run(), ms);
};

form.addEventListener('submit', (e) => {
  e.preventDefault();
  shown = PAGE_SIZE;
  schedule(0);
});
input.addEventListener('input', () => {
  shown = PAGE_SIZE;
  schedule(150);
});
filterBox.addEventListener('change', () => {
  shown = PAGE_SIZE;
  schedule(0);
});
more.addEventListener('click', () => {
  shown += PAGE_SIZE;
  schedule(0);
});
// Arrow keys move between the search box and the result titles; Enter opens (a normal link).
root.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > h2 a')];
  const at = document.activeElement === input ? -1 : links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && document.activeElement !== input) return;
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  e.preventDefault();
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

if (window.matchMedia('(min-width: 64rem)').matches) disclosure.open = true;
input.value = (new URL(location.href).searchParams.get('q') ?? '').slice(0, MAX_QUERY * 2);
if (headerBox) headerBox.value = input.value.trim();
void run();
