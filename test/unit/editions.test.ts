import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionDateText, parseEditions } from '../../src/content-model/editions';
import { checkEditions } from '../../src/integrations/editions/check-editions';
import { currentPathOf, mergePolicies } from '../../src/integrations/editions/index';
import { cacheKey } from '../../src/integrations/editions/build-edition';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const entry = (datum: string, commit: string) => `- datum: ${datum}\n  commit: ${commit}\n  titel: Editie\n  toelichting: Een editie.\n`;
const problems = (text: string) => parseEditions(text, 'content/edities.yaml').problems;

describe('content/edities.yaml', () => {
  it('reads editions with their line numbers', () => {
    const { editions, problems } = parseEditions(`# kop\n${entry('2026-12-02', A)}${entry('2027-03-01', B)}`);
    expect(problems).toEqual([]);
    expect(editions.map((e) => [e.datum, e.line])).toEqual([['2026-12-02', 2], ['2027-03-01', 6]]);
    expect(editionDateText('2026-12-02')).toBe('2 december 2026');
  });

  it('an empty file (comments only) lists no edition', () => {
    expect(parseEditions('# nog geen edities\n')).toEqual({ editions: [], problems: [] });
  });

  it('dates out of order, twice, or not real fail with file:line in Dutch', () => {
    expect(problems(`${entry('2027-03-01', A)}${entry('2026-12-02', B)}`)).toEqual([
      'content/edities.yaml:5: 2026-12-02 komt vóór 2027-03-01 (regel 1): zet de edities op volgorde, oudste eerst',
    ]);
    expect(problems(`${entry('2026-12-02', A)}${entry('2026-12-02', B)}`)).toEqual([
      'content/edities.yaml:5: de editie van 2026-12-02 staat er twee keer in (ook op regel 1); elke datum is één adres',
    ]);
    expect(problems(entry('2026-02-30', A))[0]).toMatch(/^content\/edities\.yaml:1: datum "2026-02-30" is geen bestaande datum/);
  });

  it('a short or repeated commit, a missing or unknown field, or no list fail with file:line', () => {
    expect(problems(entry('2026-12-02', 'abc1234'))[0]).toMatch(/^content\/edities\.yaml:1: commit "abc1234" is geen volledige commit-hash/);
    expect(problems(`${entry('2026-12-02', A)}${entry('2027-01-01', A)}`)).toEqual([
      `content/edities.yaml:5: commit ${A.slice(0, 12)} is al de editie van 2026-12-02 (regel 1)`,
    ]);
    expect(problems(`- datum: 2026-12-02\n  commit: ${A}\n  titel: Editie\n`)).toEqual(['content/edities.yaml:1: deze editie mist "toelichting" (tekst, niet leeg)']);
    expect(problems(`${entry('2026-12-02', A)}  kleur: rood\n`)[0]).toMatch(/^content\/edities\.yaml:1: onbekend veld "kleur"/);
    expect(problems('datum: 2026-12-02\n')[0]).toMatch(/^content\/edities\.yaml:1: de edities staan als lijst/);
  });

  it('with Git history: a commit that does not exist, or is not in the history of HEAD, fails with file:line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edities-check-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.test', ...args], { cwd: dir, encoding: 'utf8' }).trim();
      git('init', '-q', '-b', 'main');
      git('commit', '-q', '--allow-empty', '-m', 'een');
      const published = git('rev-parse', 'HEAD');
      git('checkout', '-q', '-b', 'zijtak');
      git('commit', '-q', '--allow-empty', '-m', 'zijtak');
      const side = git('rev-parse', 'HEAD');
      git('checkout', '-q', 'main');
      writeFileSync(join(dir, 'edities.yaml'), `${entry('2026-12-02', published)}${entry('2026-12-03', side)}${entry('2026-12-04', A)}`);
      expect(checkEditions(dir, dir)).toEqual([
        `${join(dir, 'edities.yaml')}:5: commit ${side.slice(0, 12)} (editie 2026-12-03) hoort niet bij de geschiedenis van main: een editie is een gepubliceerde commit van main`,
        `${join(dir, 'edities.yaml')}:9: commit ${A.slice(0, 12)} (editie 2026-12-04) bestaat niet in deze repository; kopieer de hash uit "git log main"`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('building editions', () => {
  it('the cache key changes with the commit and with the address, not otherwise', () => {
    const e = { datum: '2026-12-02', commit: A, titel: 't', toelichting: 't', line: 1 };
    const settings = { url: undefined, base: '/editie/2026-12-02/' };
    expect(cacheKey(e, settings)).toBe(cacheKey({ ...e, titel: 'ander' }, settings));
    expect(cacheKey(e, settings)).not.toBe(cacheKey({ ...e, commit: B }, settings));
    expect(cacheKey(e, settings)).not.toBe(cacheKey(e, { ...settings, base: '/kennisbank/editie/2026-12-02/' }));
    expect(cacheKey(e, settings)).toMatch(/^2026-12-02-aaaaaaaaaaaa-[0-9a-f]{10}$/);
  });

  it('the banner links to the current page, following moves, or to the home page when it is gone', () => {
    const exists = (p: string) => ['/waarom/nieuw/', '/waarom/een/'].includes(p);
    expect(currentPathOf('/waarom/een/', {}, exists)).toBe('/waarom/een/');
    expect(currentPathOf('/waarom/oud/', { '/waarom/oud/': '/waarom/tussen/', '/waarom/tussen/': '/waarom/nieuw/' }, exists)).toBe('/waarom/nieuw/');
    expect(currentPathOf('/weg/', {}, exists)).toBe('/');
  });

  it('the header policy for /editie/ allows every edition\'s own scripts', () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; object-src 'none'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'",
    );
  });
});
