/*
 * Broken content, one defect per case, applied to a copy of test/fixtures/content-minimal.
 * Every case runs through `checkContent` in the unit tests (milliseconds); the cases marked
 * `build` (one of each kind: schema, cross-file rule, each plugin, the MDX parser) are applied
 * together to one copy and run through a real `astro build` in test/site/broken-content.test.ts,
 * which must list every one of them. They therefore break different files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Case {
  name: string;
  /** The file that is broken, relative to the content folder; the output must name it. */
  file: string;
  /** Full new contents of `file` (which may be a new file), or a function of its current contents. */
  write: string | ((current: string) => string);
  /** What the output must say about the problem. */
  message: RegExp;
  /** Also proven through a real build, together with the other `build` cases (so: a file of its own). */
  build?: true;
  /** Text that must not appear in the output (e.g. a false alarm). */
  absent?: string;
}

/** Break `content` (a copy of the fixture) as the case says. */
export function applyCase(content: string, c: Case): void {
  const target = join(content, c.file);
  writeFileSync(target, typeof c.write === 'string' ? c.write : c.write(existsSync(target) ? readFileSync(target, 'utf8') : ''));
}

export const replace = (from: string | RegExp, to: string) => (current: string) => {
  const next = current.replace(from, to);
  if (next === current) throw new Error(`fixture niet aangepast: "${String(from)}" niet gevonden`);
  return next;
};

export const cases: Case[] = [
  {
    name: 'missing title',
    file: 'themes/een.mdx',
    write: replace(/^title: .*\n/m, ''),
    message: /title[\s\S]{0,200}(required|verplicht|ontbreekt|expected string)/i,
  },
  {
    name: 'wrong type (number: "drie")',
    file: 'themes/twee.mdx',
    write: replace(/^number: 2$/m, 'number: "drie"'),
    message: /number[\s\S]{0,200}(expected (type `?"?)?number|getal)/i,
    build: true,
  },
  {
    name: 'unknown theme reference (thema:9)',
    file: 'pages/waarom.mdx',
    write: replace('(thema:2)', '(thema:9)'),
    message: /pages\/waarom\.mdx:\d+: onbekende verwijzing "thema:9": thema 9 bestaat niet/,
    build: true,
  },
  {
    name: 'unknown footnote marker ([^98]; `[^99]` in inline code is code)',
    file: 'pages/vooraf.mdx',
    write: replace('[^1]', '`[^99]` en [^98]'),
    message: /pages\/vooraf\.mdx:\d+: onbekende voetnoot \[\^98\]/,
    absent: '[^99]',
    build: true,
  },
  {
    name: 'unknown source reference (bron:bestaat-niet)',
    file: 'themes/een.mdx',
    write: replace('Zie ook [thema 2](thema:2)', 'Zie ook [een bron](bron:bestaat-niet)'),
    message: /onbekende verwijzing "bron:bestaat-niet": bron "bestaat-niet" bestaat niet/,
  },
  {
    name: 'unknown step reference (stap:bestaat-niet)',
    file: 'pages/aan-de-slag.mdx',
    write: replace('(stap:startpunt)', '(stap:bestaat-niet)'),
    message: /onbekende verwijzing "stap:bestaat-niet": stap "bestaat-niet" bestaat niet/,
  },
  {
    name: 'unknown page reference (pagina:bestaat-niet)',
    file: 'footnotes/01.md',
    write: replace('(pagina:colofon)', '(pagina:bestaat-niet)'),
    message: /onbekende verwijzing "pagina:bestaat-niet": pagina "bestaat-niet" bestaat niet/,
    build: true,
  },
  {
    name: 'unknown background reference (achtergrond:bestaat-niet)',
    file: 'pages/colofon.mdx',
    write: replace('(achtergrond:artikel-test)', '(achtergrond:bestaat-niet)'),
    message: /onbekende verwijzing "achtergrond:bestaat-niet": achtergrondartikel "bestaat-niet" bestaat niet/,
  },
  {
    // A new file next to footnotes/01.md, so that no reference breaks: only the numbering is wrong.
    name: 'duplicate footnote number (two files with number: 1)',
    file: 'footnotes/03.md',
    write: '---\nnumber: 1\n---\n\nNog een voetnoot met hetzelfde nummer.\n',
    message: /Voetnootnummer 1 komt twee keer voor/,
    build: true,
  },
  {
    // Appended, so that every bron: reference still resolves.
    name: 'duplicate source id in sources.yaml',
    file: 'sources/sources.yaml',
    write: (current) => `${current}\n- id: voorbeeld-website\n  title: Dezelfde website nog een keer\n  type: website\n`,
    message: /bron-id "voorbeeld-website" komt twee keer voor/,
  },
  {
    name: 'malformed MDX (unclosed <Quote)',
    file: 'steps/analyse.mdx',
    write: (current) => `${current}\n<Quote id="wethouder-test"\n\nNog een alinea.\n`,
    message: /(unexpected|expected)[^\n]*(tag|attribute|end of file)/i,
    build: true,
  },
  {
    name: 'empty page (frontmatter only)',
    file: 'pages/colofon.mdx',
    write: (current) => `${current.split(/^---$/m).slice(0, 2).join('---')}---\n`,
    message: /de pagina heeft geen tekst/,
  },
  {
    name: 'bad URL in a source (url: "geen-url")',
    file: 'sources/sources.yaml',
    write: replace('url: https://www.ser.nl/', 'url: "geen-url"'),
    message: /url moet een volledige http\(s\)-link zijn/,
  },
  {
    name: 'address that is neither https:// nor http:// (url: ftp://…)',
    file: 'sources/sources.yaml',
    write: replace('url: https://www.ser.nl/', 'url: ftp://www.ser.nl/'),
    message: /sources\/sources\.yaml:\d+: veld "url"[^\n]*url moet een volledige http\(s\)-link zijn/,
  },
  {
    // A link the guide does not give, without where and when it was confirmed.
    name: 'added address without urlGevonden/urlGecontroleerd',
    file: 'sources/sources.yaml',
    write: replace('  type: website\n', '  type: website\n  url: https://voorbeeld-kindcentra.nl/\n'),
    message: /sources\/sources\.yaml:1[0-9]: veld "url": deze link staat niet in de handreiking[^\n]*urlGevonden[^\n]*urlGecontroleerd/,
    build: true,
  },
  {
    name: 'the same address on two sources',
    file: 'sources/sources.yaml',
    write: replace('  type: website\n', '  type: website\n  url: http://ser.nl\n  urlGevonden: https://www.ser.nl/\n  urlGecontroleerd: 2026-12-02\n'),
    message: /sources\/sources\.yaml:\d+: de link http:\/\/ser\.nl staat ook bij bron "ser-2016-gelijk-goed-van-start" \([^)]*sources\/sources\.yaml:7\)/,
  },
  {
    name: 'unknown colour (colour: roze)',
    file: 'steps/analyse.mdx',
    write: replace('colour: bruin', 'colour: roze'),
    message: /colour[\s\S]{0,300}(oranje|invalid option|ongeldig)/i,
  },
  {
    name: 'unknown quote id (<Quote id="bestaat-niet" />)',
    file: 'pages/aanleiding.mdx',
    write: replace('<Quote id="wethouder-test" />', '<Quote id="bestaat-niet" />'),
    message: /<Quote id="bestaat-niet"> bestaat niet/,
    build: true,
  },
  {
    name: 'unknown example id (<Example id="bestaat-niet" />)',
    file: 'steps/startpunt.mdx',
    write: replace('<Example id="voorbeeldgemeente-studiereis" />', '<Example id="bestaat-niet" />'),
    message: /<Example id="bestaat-niet"> bestaat niet/,
  },
  {
    name: 'summary too short',
    file: 'themes/een.mdx',
    write: replace(/^summary: .*$/m, 'summary: "Te kort."'),
    message: /summary is te kort/,
  },
  {
    name: 'theme number out of range (number: 9)',
    file: 'themes/twee.mdx',
    write: replace(/^number: 2$/m, 'number: 9'),
    message: /thema-nummers lopen van 1 tot en met 8/,
  },
  {
    name: 'footnote without text',
    file: 'footnotes/02.md',
    write: '---\nnumber: 2\n---\n',
    message: /voetnoot 2 heeft geen tekst/,
  },
  {
    // Only the outline's pages get a route: without this rule the page would silently not appear.
    name: 'a page that is not in the reading order (src/config/outline.ts)',
    file: 'pages/nieuw.mdx',
    write: '---\ntitle: Een nieuwe pagina\nsummary: "Een nieuwe pagina die nergens in de leesvolgorde staat."\n---\n\nTekst van de nieuwe pagina.\n',
    message: /pages\/nieuw\.mdx:1: deze pagina staat niet in de leesvolgorde en komt dus niet op de site; zet "nieuw" bij een onderdeel in src\/config\/outline\.ts/,
  },
  {
    name: 'background article naming an unknown step in its frontmatter',
    file: 'achtergrond/artikel-test.md',
    write: replace('steps: [startpunt]', 'steps: [bestaat-niet]'),
    message: /achtergrond\/artikel-test\.md:6: onbekende stap "bestaat-niet" in steps/,
    build: true,
  },
];

/**
 * Problems only a finished build can show: the register of published addresses
 * (content/adressen.txt) is checked against the built pages. Real builds only.
 */
export const afterBuildCases: Case[] = [
  {
    // As if themes/tweede.mdx had been renamed twee.mdx without a redirect: the register still holds its address.
    name: 'published address lost (page renamed without redirect)',
    file: 'adressen.txt',
    write: '/waarom/tweede/\n/waarom/tweede/#waar-kan-een-gemeente-op-inzetten\n',
    message: /adressen\.txt:1: het gepubliceerde adres \/waarom\/tweede\/ bestaat niet meer[\s\S]*"\/waarom\/tweede\/ -> \/nieuw-adres\/"/,
    build: true,
  },
];
