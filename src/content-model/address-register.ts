/**
 * The register of published addresses (content/adressen.txt): every page and anchor the site has
 * published, one a line, sorted, so a Git diff shows exactly what changed. Municipalities cite
 * these in council proposals that stay online for years, so none may stop landing:
 * - `/waarom/huisvesting/`            a page (or a short URL such as `/thema/4/`);
 * - `/waarom/huisvesting/#uitgewerkt` an anchor on it (heading, alias, recommendation, footnote…);
 * - `/oud/ -> /nieuw/`                a page that moved: the build makes a redirect page, and the
 *                                     old page's anchors must exist on the new page.
 * Lines starting with "#" are comments. Pure logic: the build (integrations/postbuild/address-check.ts)
 * and `npm run adressen` feed it the built pages.
 */

import { isInterfaceId } from './site-ids';

export const REGISTER_FILE = 'adressen.txt';

export interface RegisterLine {
  line: number;
  address: string;
  /** For a moved page: where it went. */
  movedTo?: string;
}

export interface BuiltSite {
  /** Page path → the ids on that page. */
  pages: Map<string, Set<string>>;
  /** Redirect page path → its target path. */
  redirects: Map<string, string>;
}

const PATH = /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/;
const ANCHOR = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Ids of the text, not of the interface (site-ids.ts): what readers cite. */
export const isCitableId = (id: string) => ANCHOR.test(id) && !isInterfaceId(id);
/** Pages that are addresses readers cite: not the editors' CMS (/admin/) or the 404 page. */
/** (/wijzigingen/ is generated from Git history; an edition, /editie/…, is checked against its own register by its own build.) */
export const isCitablePage = (path: string) => PATH.test(path) && !path.startsWith('/admin/') && !path.startsWith('/wijzigingen/') && !path.startsWith('/editie/');

export class RegisterError extends Error {}

/** Parse the register; invalid or unsorted lines fail with the line number, in Dutch. */
export function parseRegister(text: string, file = `content/${REGISTER_FILE}`): RegisterLine[] {
  const out: RegisterLine[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const value = raw.trim();
    if (!value || value.startsWith('#')) return;
    const [address, movedTo, ...rest] = value.split(/\s+->\s+/);
    const [path, anchor, ...more] = address.split('#');
    const valid =
      rest.length === 0 &&
      more.length === 0 &&
      PATH.test(path) &&
      (anchor === undefined || ANCHOR.test(anchor)) &&
      (movedTo === undefined || (anchor === undefined && PATH.test(movedTo) && movedTo !== path));
    if (!valid) {
      problems.push(
        `${file}:${line}: "${value}" is geen geldig adres. Een regel is een pad dat begint en eindigt met "/" ` +
          `(bv. /waarom/huisvesting/), eventueel met een anker (/waarom/huisvesting/#uitgewerkt), ` +
          `of een verhuisde pagina: "/oud-adres/ -> /nieuw-adres/".`,
      );
      return;
    }
    const previous = out.at(-1);
    if (previous && previous.address >= address) {
      problems.push(
        previous.address === address
          ? `${file}:${line}: "${address}" staat twee keer in het register (ook op regel ${previous.line}).`
          : `${file}:${line}: "${address}" staat niet op volgorde (na "${previous.address}"). Voer "npm run adressen" uit: dat sorteert het register.`,
      );
    }
    out.push({ line, address, movedTo });
  });
  if (problems.length) throw new RegisterError(problems.join('\n'));
  return out;
}

/** The redirects the register asks for (moved pages). */
export const movedPages = (lines: RegisterLine[]) =>
  Object.fromEntries(lines.filter((l) => l.movedTo).map((l) => [l.address, l.movedTo!]));

/** Follow redirects (short URLs, moved pages) to the page that is served. */
function landingPage(path: string, site: BuiltSite): string | undefined {
  let current = path;
  for (let hops = 0; hops < 5; hops++) {
    if (site.pages.has(current)) return current;
    const next = site.redirects.get(current);
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

function howToKeep(path: string, anchor: string | undefined, target: string): string {
  if (anchor === undefined) {
    return (
      `Is de pagina hernoemd of verplaatst? Zet dan in content/${REGISTER_FILE} achter dit adres waar ze nu staat: ` +
      `"${path} -> /nieuw-adres/"; de oude link en al haar ankers blijven dan werken. Een gepubliceerd adres mag niet verdwijnen.`
    );
  }
  const recommendation = /^aanbeveling-(\d+)-(\d+)$/.exec(anchor);
  if (recommendation) {
    return `Een aanbeveling houdt haar nummer: zet {#${recommendation[1]}.${recommendation[2]}} terug aan het eind van die aanbeveling op ${target}.`;
  }
  return (
    `Was het een kopje dat herschreven is of een ander anker kreeg? Geef het op ${target} zijn oude anker terug ("## Kop {#${anchor}}"), ` +
    `of houd het oude anker als tweede: "## Kop {#nieuw-anker #${anchor}}". Anders: zorg dat ${target} weer een element met id="${anchor}" heeft.`
  );
}

/** Every register address that no longer lands, with how to keep it (Dutch). */
export function lostAddresses(lines: RegisterLine[], site: BuiltSite, file = `content/${REGISTER_FILE}`): string[] {
  const lost: string[] = [];
  for (const { line, address, movedTo } of lines) {
    const [path, anchor] = address.split('#');
    if (movedTo && !landingPage(movedTo, site)) {
      lost.push(`${file}:${line}: ${address} is verhuisd naar ${movedTo}, maar die pagina bestaat niet.`);
      continue;
    }
    const page = landingPage(path, site);
    if (!page) {
      lost.push(`${file}:${line}: het gepubliceerde adres ${path} bestaat niet meer. ${howToKeep(path, undefined, path)}`);
    } else if (anchor !== undefined && !site.pages.get(page)!.has(anchor)) {
      lost.push(`${file}:${line}: het gepubliceerde anker ${address} landt niet meer (geen id="${anchor}" op ${page}). ${howToKeep(path, anchor, page)}`);
    }
  }
  return lost;
}

/** Citable addresses of the build that the register does not hold yet. */
export function newAddresses(lines: RegisterLine[], site: BuiltSite): string[] {
  const known = new Set(lines.map((l) => l.address));
  const current: string[] = [];
  for (const [path, ids] of site.pages) {
    if (!isCitablePage(path)) continue;
    current.push(path);
    for (const id of ids) if (isCitableId(id)) current.push(`${path}#${id}`);
  }
  for (const path of site.redirects.keys()) if (isCitablePage(path)) current.push(path);
  return [...new Set(current)].filter((a) => !known.has(a)).sort();
}

/** The register text with new addresses merged in, sorted; nothing is ever dropped. */
export function withAddresses(text: string, additions: string[]): string {
  const lines = text.split('\n');
  const header = lines.filter((l) => l.trim().startsWith('#'));
  const entries = lines.filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => l.trim());
  const byAddress = new Map(entries.map((e) => [e.split(/\s+->\s+/)[0], e]));
  for (const a of additions) if (!byAddress.has(a)) byAddress.set(a, a);
  const sorted = [...byAddress.keys()].sort().map((a) => byAddress.get(a)!);
  return `${[...header, ...sorted].join('\n')}\n`;
}
