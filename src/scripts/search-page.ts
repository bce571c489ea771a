/**
 * The search page: a Dutch, keyboard- and screen-reader-friendly UI on Pagefind's JS API.
 * Loaded only on /zoeken/; the index itself is fetched in small chunks as the reader types.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    q: string,
    o: { filters?: Record<string, string[]> },
    ms: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const FILTER_LABELS: Record<string, string> = { onderdeel: 'Onderdeel', thema: 'Thema', 'soort bron': 'Soort bron' };
const PAGE_SIZE = 10;

const root = document.getElementById('zoeken')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = root.querySelector<HTMLInputElement>('#zoekterm')!;
const filterBox = root.querySelector<HTMLElement>('#zoekfilters')!;
const statusLine = root.querySelector<HTMLElement>('#zoekstatus')!;
const list = root.querySelector<HTMLOListElement>('#zoekresultaten')!;
const more = root.querySelector<HTMLButtonElement>('#meer-resultaten')!;
const themeNames: Record<string, string> = JSON.parse(root.dataset.themes ?? '{}');

let pagefind: Pagefind | undefined;
let shown = PAGE_SIZE;

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  // A variable path keeps the bundler from resolving Pagefind's file at build time.
  const path = '/pagefind/pagefind.js';
  pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.options({ excerptLength: 24, highlightParam: 'markeer' });
  await pagefind.init();
  return pagefind;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const filterLabel = (name: string, value: string) => (name === 'thema' ? `Thema ${value}${themeNames[value] ? `: ${themeNames[value]}` : ''}` : value);

async function renderFilters() {
  const available = await (await load()).filters();
  filterBox.innerHTML = Object.entries(FILTER_LABELS)
    .filter(([name]) => available[name])
    .map(([name, label]) => {
      const values = Object.keys(available[name]).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
      return `<fieldset class="zoekfilter"><legend>${label}</legend>${values
        .map(
          (v, i) =>
            `<label><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(v)}" id="f-${name.replace(/\W/g, '')}-${i}"> ${escapeHtml(filterLabel(name, v))} <span class="text-muted">(${available[name][v]})</span></label>`,
        )
        .join('')}</fieldset>`;
    })
    .join('');
}

function chosenFilters(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (out[box.name] ??= []).push(box.value);
  return out;
}

function resultHtml(r: PagefindResultData): string {
  const onderdeel = r.filters.onderdeel?.[0];
  const subs = r.sub_results
    .filter((s) => s.url !== r.url && s.url.includes('#'))
    .slice(0, 3)
    .map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a><p class="text-sm">${s.excerpt}</p></li>`)
    .join('');
  return `<li class="zoekresultaat">
    <p class="text-sm font-semibold text-muted">${onderdeel ? escapeHtml(onderdeel) : ''}</p>
    <h2 class="text-lg"><a href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a></h2>
    <p>${r.excerpt}</p>
    ${subs ? `<ul class="subresultaten" aria-label="In deze pagina">${subs}</ul>` : ''}
  </li>`;
}

async function run() {
  const query = input.value.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  const filters = chosenFilters();
  if (!query && Object.keys(filters).length === 0) {
    list.innerHTML = '';
    statusLine.textContent = '';
    more.hidden = true;
    return;
  }
  const search = await (await load()).debouncedSearch(query || null!, { filters }, 250);
  if (!search) return; // a newer query is on its way
  const total = search.results.length;
  const data = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
  list.innerHTML = data.map(resultHtml).join('');
  more.hidden = total <= shown;
  statusLine.textContent =
    total === 0
      ? `Geen resultaten voor “${query}”. Probeer een ander of korter woord, of minder filters.`
      : `${total} ${total === 1 ? 'resultaat' : 'resultaten'}${query ? ` voor “${query}”` : ''}.`;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  shown = PAGE_SIZE;
  void run();
});
input.addEventListener('input', () => {
  shown = PAGE_SIZE;
  void run();
});
filterBox.addEventListener('change', () => {
  shown = PAGE_SIZE;
  void run();
});
more.addEventListener('click', () => {
  shown += PAGE_SIZE;
  void run();
});

root.querySelector<HTMLElement>('#zoeken-js')!.hidden = false;
input.value = new URL(location.href).searchParams.get('q') ?? '';
void renderFilters().then(run);
