import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { parse } from 'node-html-parser';
import { htmlFiles } from '../src/integrations/postbuild/html-files';

/*
 * `npm run check:links`: every external address in the built site, checked by linkinator (a
 * well-kept link checker: it serves dist/ itself, crawls the pages and asks each external
 * address once, with a timeout per request and retries). What this module adds is the Dutch
 * verdict per address and, for an address that redirected, one request without following it,
 * to tell a permanent move (301/308: "verhuisd naar …") from a temporary one.
 */

export type LinkVerdict = 'werkt' | 'verhuisd' | 'doorgestuurd' | 'geweigerd' | 'dood' | 'niet bereikbaar';

export interface LinkRow {
  url: string;
  /** Site paths of the pages that link to it. */
  pages: string[];
  verdict: LinkVerdict;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** Where a redirect leads. */
  target?: string;
  /** Why, in Dutch: the error or the redirect. */
  detail?: string;
}

export interface LinkCheckOptions {
  /** The built site (dist/). */
  dir: string;
  /** Per request. */
  timeoutMs?: number;
  /** Extra attempts after a timeout, a network error or a 5xx. */
  retries?: number;
  /** Requests at the same time (linkinator has no per-host limit; it waits per host after a 429). */
  concurrency?: number;
  /** The whole run; what is left unchecked then is reported as such. */
  maxMs?: number;
}

/** Why a request got no answer, from the error linkinator kept. */
function unreachableDetail(result: LinkResult, timeoutMs: number): string {
  const text = (result.failureDetails ?? [])
    .map((d) => {
      const e = d as Error & { cause?: { code?: string; message?: string }; code?: string };
      return [e.name, e.code, e.cause?.code, e.message, e.cause?.message].filter(Boolean).join(' ');
    })
    .join(' ');
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(text)) return 'onbekende host: de naam is niet te vinden (geen DNS of geen netwerk)';
  if (/ECONNREFUSED/i.test(text)) return 'verbinding geweigerd';
  if (/timeout|timed out|aborted|abort/i.test(text)) return `geen antwoord binnen ${Math.round(timeoutMs / 1000)} s`;
  if (/ENETUNREACH|EHOSTUNREACH|ECONNRESET|socket/i.test(text)) return 'geen verbinding met de server';
  return text ? `geen antwoord (${text.slice(0, 120)})` : 'geen antwoord';
}

function verdictOf(result: LinkResult, timeoutMs: number): Pick<LinkRow, 'verdict' | 'status' | 'detail'> {
  const status = result.status ?? 0;
  if (result.state === LinkState.OK) return { verdict: 'werkt', status };
  if (status === 0) return { verdict: 'niet bereikbaar', detail: unreachableDetail(result, timeoutMs) };
  if ([401, 403, 429].includes(status)) return { verdict: 'geweigerd', status, detail: 'de site weigert een automatische controle; controleer met de hand' };
  return { verdict: 'dood', status, detail: status === 404 || status === 410 ? 'de pagina bestaat niet meer' : `de server antwoordt met een fout (${status})` };
}

/** The first answer for an address that redirected, without following it: 301/308 is a permanent move. */
async function firstHop(url: string, timeoutMs: number): Promise<{ status: number; location?: string } | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      if (method === 'HEAD' && response.status === 405) continue;
      const location = response.headers.get('location');
      return { status: response.status, location: location ? new URL(location, url).href : undefined };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface LinkCheck {
  rows: LinkRow[];
  /** False when the run hit maxMs: the rows are what was checked until then. */
  complete: boolean;
}

/** Check every external address in `dir`; one row per address, problems first. */
export async function checkLinks(options: LinkCheckOptions): Promise<LinkCheck> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  // linkinator reports each address once, for the first page it met it on; which pages link to
  // it is read from the built pages themselves.
  const root = resolve(options.dir);
  const usedOn = new Map<string, string[]>();
  for (const file of htmlFiles(root)) {
    const path = `/${relative(root, file).replace(/index\.html$/, '')}`;
    for (const a of parse(readFileSync(file, 'utf8')).querySelectorAll('a[href^="http"]')) {
      // As linkinator names it: "http://x.nl" is "http://x.nl/".
      let href: string;
      try {
        href = new URL(a.getAttribute('href')!).href;
      } catch {
        continue;
      }
      const pages = usedOn.get(href) ?? [];
      if (!pages.includes(path)) pages.push(path);
      usedOn.set(href, pages);
    }
  }
  const rows = new Map<string, LinkRow>();
  const redirects = new Map<string, string | undefined>();
  const checker = new LinkChecker();
  checker.on('link', (result: LinkResult) => {
    if (!/^https?:/.test(result.url) || result.state === LinkState.SKIPPED) return;
    if (!rows.has(result.url)) rows.set(result.url, { url: result.url, pages: usedOn.get(result.url) ?? [], ...verdictOf(result, timeoutMs) });
  });
  checker.on('redirect', (r: { url: string; targetUrl?: string }) => redirects.set(r.url, r.targetUrl));

  const run = checker.check({
    path: options.dir,
    recurse: true,
    timeout: timeoutMs,
    retry: true,
    retryErrors: true,
    retryErrorsCount: retries,
    retryErrorsJitter: Math.min(3000, timeoutMs),
    concurrency: options.concurrency ?? 8,
    redirects: 'warn',
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'tijd op'>((resolve) => (timer = setTimeout(() => resolve('tijd op'), options.maxMs ?? 600_000)));
  const complete = (await Promise.race([run, deadline])) !== 'tijd op';
  clearTimeout(timer);

  for (const [url, target] of redirects) {
    const row = rows.get(url);
    if (!row || row.verdict !== 'werkt') continue;
    const hop = await firstHop(url, timeoutMs);
    const permanent = hop && (hop.status === 301 || hop.status === 308);
    row.verdict = permanent ? 'verhuisd' : 'doorgestuurd';
    row.status = hop?.status ?? row.status;
    row.target = hop?.location ?? target;
  }
  const order: LinkVerdict[] = ['dood', 'niet bereikbaar', 'verhuisd', 'geweigerd', 'doorgestuurd', 'werkt'];
  const sorted = [...rows.values()].sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict) || a.url.localeCompare(b.url));
  return { rows: sorted, complete };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What to do about each verdict, for the editor reading the report. */
function advice(row: LinkRow): string {
  switch (row.verdict) {
    case 'verhuisd':
      return `verhuisd naar ${row.target ?? '?'} (${row.status}): zet het nieuwe adres in content/`;
    case 'doorgestuurd':
      return `tijdelijk doorgestuurd naar ${row.target ?? '?'}${row.status ? ` (${row.status})` : ''}: de link werkt`;
    case 'dood':
      return `${row.detail}. Zoek het nieuwe adres; is er geen, zet dan bij de bron urlArchief: true (de kopie uit het Internet Archive)`;
    case 'geweigerd':
      return `${row.status}: ${row.detail}`;
    case 'niet bereikbaar':
      return row.detail ?? 'geen antwoord';
    default:
      return '';
  }
}

/** The Dutch Markdown report: a count per verdict, then a table of every address, problems first. */
export function linkReport({ rows, complete }: LinkCheck, meta: { checkedAt: Date; seconds: number; dir: string }): string {
  const count = (v: LinkVerdict) => rows.filter((r) => r.verdict === v).length;
  const verdicts: LinkVerdict[] = ['werkt', 'verhuisd', 'doorgestuurd', 'geweigerd', 'dood', 'niet bereikbaar'];
  const pages = (r: LinkRow) => {
    const shown = r.pages.slice(0, 5).map((p) => `\`${p}\``).join(', ');
    return r.pages.length > 5 ? `${shown} en ${r.pages.length - 5} meer` : shown;
  };
  const when = meta.checkedAt.toISOString().replace('T', ' ').slice(0, 16);
  return [
    '# Linkcontrole',
    '',
    `${rows.length} externe adressen in \`${meta.dir}\`, gecontroleerd op ${when} UTC in ${meta.seconds} s.`,
    ...(complete ? [] : ['', '**De controle is afgebroken omdat ze te lang duurde: niet elk adres is gecontroleerd.**']),
    '',
    '| Uitkomst | Aantal |',
    '| --- | --- |',
    ...verdicts.filter((v) => count(v) > 0).map((v) => `| ${v} | ${count(v)} |`),
    '',
    count('dood') > 0
      ? `**${count('dood')} ${count('dood') === 1 ? 'adres werkt' : 'adressen werken'} niet meer.**`
      : 'Geen dode adressen gevonden.',
    '',
    '| Adres | Gebruikt op | Status | Toelichting |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${cell(r.url)} | ${cell(pages(r))} | ${r.verdict}${r.status ? ` (${r.status})` : ''} | ${cell(advice(r))} |`),
    '',
  ].join('\n');
}
