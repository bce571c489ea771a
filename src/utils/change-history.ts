import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { diffWords } from 'diff';
import { contentDir } from '../content-model/content-dir';
import { readEditions } from '../content-model/editions';
import { achtergrondPath, footnotePath, listPath, pagePath, stepPath, themePath } from '../content-model/paths';
import { frontmatterField, renderedText, sectionsOf, type Section } from './section-text';

/*
 * The change history since the first edition (content/edities.yaml), read from Git once per build:
 * per commit that touched the guide's text, its date, message (the editors' note), the pages and
 * sections it changed, and per section a word-level difference of the rendered text (`diff`).
 * Changes to the editorial apparatus only (address register, search glossary, editorial log,
 * editions list, README) are left out: they change no text a reader cites.
 */

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface SectionChange {
  /** Anchor on the page ("" = the opening text). */
  id: string;
  heading: string;
  /** links: the same text, but a link was added, removed or points elsewhere. */
  kind: 'gewijzigd' | 'nieuw' | 'verwijderd' | 'links';
  parts: WordPart[];
}

export interface PageChange {
  /** Site path of the page, e.g. /waarom/huisvesting/. */
  path: string;
  title: string;
  sections: SectionChange[];
}

export interface Change {
  commit: string;
  /** ISO date-time of the commit. */
  date: string;
  subject: string;
  body: string;
  pages: PageChange[];
  /** Content files without a page of their own (sources, quotes, examples): name and list page. */
  others: { label: string; path: string }[];
}

export interface History {
  /** false when the build has no (full) Git history or no edition: nothing to compare with. */
  available: boolean;
  /** Why not, in Dutch, when unavailable. */
  reason?: string;
  since?: { datum: string; commit: string };
  /** Newest first. */
  changes: Change[];
}

const APPARATUS = /^(adressen\.txt|edities\.yaml|README\.md|zoeken\/|redactielog\/|redactie\/)/;

/** The site page of a content file, or where it is listed; undefined for apparatus. */
export function pageOfFile(file: string): { path: string; sections: boolean } | { label: string; path: string } | undefined {
  if (APPARATUS.test(file)) return undefined;
  const m = /^(themes|steps|pages|achtergrond|footnotes)\/([^/]+)\.mdx?$/.exec(file);
  if (m) {
    const [, kind, id] = m;
    const path = { themes: themePath, steps: stepPath, pages: pagePath, achtergrond: achtergrondPath }[kind as 'themes']?.(id) ?? footnotePath(Number(id));
    return { path, sections: true };
  }
  if (file.startsWith('sources/')) return { label: 'Bronnen', path: listPath('bronnen') };
  if (file.startsWith('quotes/')) return { label: 'Citaten', path: listPath('citaten') };
  if (file.startsWith('examples/')) return { label: 'Praktijkvoorbeelden', path: listPath('praktijkvoorbeelden') };
  return { label: file, path: listPath('home') };
}

/** Every blob asked for, read through one `git cat-file --batch`: one process for the whole history. */
function readBlobs(cwd: string, specs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!specs.length) return out;
  const buffer = execFileSync('git', ['cat-file', '--batch'], { cwd, input: specs.join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024 });
  let at = 0;
  for (const spec of specs) {
    const end = buffer.indexOf(10, at);
    const header = buffer.subarray(at, end).toString();
    at = end + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
    const size = Number(header.split(' ')[2]);
    out.set(spec, buffer.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return out;
}

const rendered = new Map<string, string>();
const render = (source: string) => {
  let text = rendered.get(source);
  if (text === undefined) rendered.set(source, (text = renderedText(source)));
  return text;
};

const linkTargets = (source: string) => [...source.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]).join('\n');

/** How a section change is named beside its heading ("gewijzigd" goes without saying). */
export const sectionKindLabel = (kind: SectionChange['kind']) => (kind === 'links' ? 'alleen links gewijzigd' : kind);

/** The sections two versions of a file differ in, with their word differences. */
export function sectionChanges(before: string | undefined, after: string | undefined): SectionChange[] {
  const old = new Map((before ? sectionsOf(before) : []).map((s) => [s.id, s]));
  const now = after ? sectionsOf(after) : [];
  const changes: SectionChange[] = [];
  const compare = (a: Section | undefined, b: Section | undefined) => {
    if (a?.source === b?.source) return;
    const from = a ? render(a.source) : '';
    const to = b ? render(b.source) : '';
    if (from === to) {
      // The same words: a changed link still matters to a reader (it may lead elsewhere); other markup does not.
      if (a && b && linkTargets(a.source) !== linkTargets(b.source)) changes.push({ id: b.id, heading: b.heading, kind: 'links', parts: [] });
      return;
    }
    changes.push({
      id: (b ?? a)!.id,
      heading: (b ?? a)!.heading,
      kind: !a ? 'nieuw' : !b ? 'verwijderd' : 'gewijzigd',
      parts: diffWords(from, to).map(({ value, added, removed }) => ({ value, added, removed })),
    });
  };
  for (const b of now) compare(old.get(b.id), b);
  for (const a of old.values()) if (!now.some((b) => b.id === a.id)) compare(a, undefined);
  return changes;
}

/** Read the history of content/ between two commits (or to HEAD) of the repository at cwd. */
export function readHistory(cwd: string, since: string, content: string, until = 'HEAD', { fresh = false } = {}): Change[] {
  // fresh: forget texts rendered before (a benchmark's repeated passes measure the whole work).
  if (fresh) rendered.clear();
  const prefix = `${content.replace(/\/$/, '')}/`;
  const log = execFileSync('git', ['log', '-M', '--format=%x00%H%x01%cI%x01%s%x01%b%x01', '--name-status', `${since}..${until}`, '--', content], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const commits = log.split('\0').filter(Boolean).map((entry) => {
    const [commit, date, subject, body, files] = entry.split('\x01');
    const changed = files.trim().split('\n').filter(Boolean).map((line) => {
      const [status, ...paths] = line.split('\t');
      return { status: status[0], from: paths[0], to: paths.at(-1)! };
    });
    return { commit, date, subject, body: body.trim(), changed };
  });
  const specs: string[] = [];
  for (const c of commits) {
    for (const f of c.changed) {
      if (f.status !== 'A') specs.push(`${c.commit}^:${f.from}`);
      if (f.status !== 'D') specs.push(`${c.commit}:${f.to}`);
    }
  }
  const blobs = readBlobs(cwd, specs);
  const changes: Change[] = [];
  for (const c of commits) {
    const pages = new Map<string, PageChange>();
    const others = new Map<string, { label: string; path: string }>();
    for (const f of c.changed) {
      if (!f.to.startsWith(prefix)) continue;
      const target = pageOfFile(f.to.slice(prefix.length));
      if (!target) continue;
      if (!('sections' in target)) {
        others.set(target.label, target);
        continue;
      }
      const before = blobs.get(`${c.commit}^:${f.from}`);
      const after = blobs.get(`${c.commit}:${f.to}`);
      const sections = sectionChanges(before, after);
      const footnote = /^\/voetnoten\/(\d+)\/$/.exec(target.path)?.[1];
      const title = frontmatterField(after ?? before ?? '', 'title') ?? (footnote ? `Voetnoot ${footnote}` : target.path);
      const titleChanged = before && after && frontmatterField(before, 'title') !== frontmatterField(after, 'title');
      if (!sections.length && !titleChanged && f.status === 'M') continue;
      pages.set(target.path, { path: target.path, title, sections });
    }
    if (pages.size || others.size) changes.push({ commit: c.commit, date: c.date, subject: c.subject, body: c.body, pages: [...pages.values()], others: [...others.values()] });
  }
  return changes;
}

let memo: History | undefined;

/** The site's history since its first edition, read once per build. */
export function getHistory(): History {
  if (memo) return memo;
  const cwd = process.cwd();
  const first = (() => {
    try {
      return readEditions()[0];
    } catch {
      return undefined; // the build reports a bad edities.yaml itself
    }
  })();
  if (!first) return (memo = { available: false, reason: 'Er is nog geen editie gepubliceerd: de geschiedenis begint bij de eerste editie.', changes: [] });
  try {
    if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== 'false') throw new Error('shallow');
    const content = relative(execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim(), resolve(contentDir));
    memo = { available: true, since: { datum: first.datum, commit: first.commit }, changes: readHistory(cwd, first.commit, content) };
  } catch {
    memo = { available: false, reason: 'Deze versie van de site is gebouwd zonder Git-geschiedenis, dus zonder de lijst van wijzigingen.', since: { datum: first.datum, commit: first.commit }, changes: [] };
  }
  return memo;
}

/** The changes that touched one page, newest first. */
export const changesOf = (history: History, path: string) =>
  history.changes.flatMap((c) => c.pages.filter((p) => p.path === path).map((page) => ({ change: c, page })));

/**
 * What a change's heading names after its date: the pages it touched (two, then how many more),
 * not the editors' message, which can be a paragraph long and is shown in full below the heading.
 */
export function changeHeadingPages(change: Change): string {
  const names = [...change.pages.map((p) => p.title), ...change.others.map((o) => o.label)];
  if (names.length <= 2) return names.join(' en ');
  const more = names.length - 2;
  return `${names.slice(0, 2).join(', ')} en nog ${more}`;
}

/** The date (JJJJ-MM-DD) of a change, and its time of day ("14:00") to tell apart changes to one page on the same date. */
export const changeDay = (change: Pick<Change, 'date'>) => change.date.slice(0, 10);
export const changeTime = (change: Pick<Change, 'date'>) => change.date.slice(11, 16);
