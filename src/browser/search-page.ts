/**
 * The search page's UI (loaded only on /zoeken/): a Dutch, keyboard- and screen-reader-friendly
 * form on Pagefind's JS API. What is searched, how pages rank and which passage is shown are the
 * pure modules in src/search/ (query.ts, ranking.ts, excerpt.ts, filters.ts, messages.ts).
 */
import { passages } from '../search/excerpt.ts';
import { FILTER_LABELS, filterCounts, pageFilters, passes, type Chosen } from '../search/filters.ts';
import { noteFor, statusFor, SUGGESTIONS } from '../search/messages.ts';
import { PAGEFIND_PATH, resultUrl, underBase, VOCABULARY_PATH } from '../search/paths.ts';
import { loadVocabulary, MAX_QUERY, planQuery } from '../search/query.ts';
import { PAGEFIND_OPTIONS, searchPlan, type Hit } from '../search/ranking.ts';
import type { Pagefind, PagefindResult, Vocabulary, VocabularyData } from '../search/types.ts';

const PAGE_SIZE = 10;
/** Sections listed under a result ("In deze pagina"). */
const MAX_SECTIONS = 3;
const base = import.meta.env.BASE_URL;

const root = document.getElementById('zoeken')!;
const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const [form, input, filterBox, filterSummary, disclosure, statusLine, note, list, more] = [
  $<HTMLFormElement>('form'), $<HTMLInputElement>('#zoekterm'), $('#zoekfilters'), $('#zoekfilters-titel'), $<HTMLDetailsElement>('#zoekfilters-uitklap'),
  $('#zoekstatus'), $('#zoekmelding'), $<HTMLOListElement>('#zoekresultaten'), $<HTMLButtonElement>('#meer-resultaten'),
];
const headerBox = document.querySelector<HTMLInputElement>('#site-search');
const themeNames: Record<string, string> = JSON.parse(root.dataset.themes ?? '{}');

let engine: Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> | undefined;
let shown = PAGE_SIZE;
let sequence = 0;

function load() {
  engine ??= (async () => {
    // A variable path keeps the bundler from resolving Pagefind's file at build time.
    const pagefind = (await import(/* @vite-ignore */ underBase(base, PAGEFIND_PATH))) as Pagefind;
    await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: base });
    const [, data] = await Promise.all([pagefind.init(), fetch(underBase(base, VOCABULARY_PATH)).then((r) => r.json() as Promise<VocabularyData>)]);
    return { pagefind, vocabulary: loadVocabulary(data) };
  })();
  return engine;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const filterLabel = (name: string, value: string) => (name === 'thema' ? `Thema ${value}${themeNames[value] ? `: ${themeNames[value]}` : ''}` : value);

function chosenFilters(): Chosen {
  const out: Chosen = new Map();
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) out.set(box.name, (out.get(box.name) ?? new Set()).add(box.value));
  return out;
}

/** Filter checkboxes with counts for the current results. */
function renderFilters(v: Vocabulary, ids: string[], chosen: Chosen) {
  const focused = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement) ? document.activeElement.id : '';
  filterBox.innerHTML = [...filterCounts(v, ids, chosen)]
    .filter(([, values]) => values.size > 0)
    .map(([name, values]) => `<fieldset class="zoekfilter"><legend>${FILTER_LABELS[name]}</legend>${[...values]
      .map(([value, count]) => {
        const id = `f-${name.replace(/\W/g, '')}-${value.replace(/[^\p{L}\p{N}]/gu, '')}`;
        return `<label><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}" id="${escapeHtml(id)}"${chosen.get(name)?.has(value) ? ' checked' : ''}> ${escapeHtml(filterLabel(name, value))} <span class="text-muted">(${count})</span></label>`;
      })
      .join('')}</fieldset>`)
    .join('');
  const n = [...chosen.values()].reduce((s, x) => s + x.size, 0);
  filterSummary.textContent = n ? `Filters (${n})` : 'Filters';
  if (focused) document.getElementById(focused)?.focus();
}

async function resultHtml(v: Vocabulary, hit: Hit<PagefindResult>): Promise<string> {
  const matches = [...hit.units.values()].sort((a, b) => b.score - a.score);
  const loaded = await Promise.all([hit.combined ?? matches[0].result, ...matches.map((m) => m.result)].map((r) => r.data()));
  const d = loaded[0];
  const { best, sections } = passages(d, loaded.slice(1).map((x) => x.weighted_locations.map((l) => l.location)));
  const words = matches.flatMap((m) => m.term.split(' '));
  const linkTo = (anchor: string) => resultUrl(d.url, PAGEFIND_OPTIONS.highlightParam, words, anchor);
  const kind = v.data.pages[hit.id]?.[2];
  const kicker = d.meta.kicker || (pageFilters(v, hit.id).find(([n]) => n === 'onderdeel')?.[1] ?? '');
  const subs = sections
    .slice(0, MAX_SECTIONS)
    .map((s) => `<li><a href="${escapeHtml(linkTo(s.id))}">${escapeHtml(s.title)}</a><p class="text-sm">${s.passage.html}</p></li>`)
    .join('');
  return `<li class="zoekresultaat${kind === 'catalogus' ? ' zoekresultaat-catalogus' : ''}">
    <p class="text-sm font-semibold text-muted">${escapeHtml(kicker)}</p>
    <h2 class="text-lg"><a href="${escapeHtml(linkTo(best.anchor))}">${escapeHtml(d.meta.title ?? d.url)}</a></h2>
    <p class="zoekresultaat-uittreksel">${best.html}</p>
    ${subs ? `<ul class="subresultaten" aria-label="In deze pagina">${subs}</ul>` : ''}
  </li>`;
}

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
  const plan = planQuery(query, v);
  const hits = query && !plan.empty ? await searchPlan((term) => pagefind.search(term), v, plan) : [];
  if (mine !== sequence) return;
  const filtered = hits.filter((h) => passes(v, h.id, chosen));
  renderFilters(v, query ? hits.map((h) => h.id) : Object.keys(v.data.pages), chosen);
  const items = await Promise.all(filtered.slice(0, shown).map((h) => resultHtml(v, h)));
  if (mine !== sequence) return;
  list.innerHTML = items.join('');
  more.hidden = filtered.length <= shown;
  statusLine.textContent = query ? statusFor(plan, query, filtered.length, chosen.size > 0) : '';
  note.innerHTML = query && !plan.empty ? `${noteFor(plan)}${filtered.length ? '' : ` ${SUGGESTIONS(base)}`}`.trim() : '';
  setState('klaar', raw);
}

let timer: ReturnType<typeof setTimeout> | undefined;
const schedule = (ms: number, reset = true) => {
  if (reset) shown = PAGE_SIZE;
  clearTimeout(timer);
  setState('bezig', input.value);
  timer = setTimeout(() => void run(), ms);
};
form.addEventListener('submit', (e) => (e.preventDefault(), schedule(0)));
input.addEventListener('input', () => schedule(150));
filterBox.addEventListener('change', () => schedule(0));
more.addEventListener('click', () => ((shown += PAGE_SIZE), schedule(0, false)));
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
