import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/guide-content/check-content';
import { applyCase, cases } from '../support/broken-cases';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'content-minimal');
let dir: string | undefined;
const copy = () => {
  dir = mkdtempSync(join(tmpdir(), 'check-content-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
};
const edit = (root: string, file: string, from: string, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} niet in ${file}`);
  writeFileSync(path, text.replace(from, to));
};
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('checkContent: every rule of the build, without building', () => {
  it('passes the valid fixture', async () => {
    expect(await checkContent(fixture)).toEqual([]);
  });

  it('reports a malformed editors\' list, and a footnote without text when the list has no notice for it', async () => {
    const root = copy();
    mkdirSync(join(root, 'redactie'));
    writeFileSync(join(root, 'redactie', 'eigen-tekst.yaml'), '- paginas: [waarom]\n  tekst: "Een zin."\n  toelichting: "Waarom hier."\n');
    expect(await checkContent(root)).toEqual([expect.stringMatching(/eigen-tekst\.yaml, item 1: paginas\.0: een URL-pad dat begint en eindigt met/)]);
    writeFileSync(join(root, 'redactie', 'eigen-tekst.yaml'), '[]\n');
    writeFileSync(join(root, 'footnotes', '99.md'), '---\nnumber: 99\nmissing: true\n---\n');
    expect(await checkContent(root)).toEqual(expect.arrayContaining([expect.stringContaining('geen tekst met bij: [voetnoot-ontbreekt]')]));
  });

  it('finds Markdown problems through the plugins, each once with file:line', async () => {
    const root = copy();
    edit(root, 'pages/vooraf.mdx', '[^1]', '`[^99]` en [^98]');
    edit(root, 'pages/waarom.mdx', '(thema:2)', '(thema:9)');
    edit(root, 'pages/aanleiding.mdx', '<Quote id="wethouder-test" />', '<Quote id="bestaat-niet" />');
    const problems = await checkContent(root);
    expect(problems).toEqual([
      expect.stringMatching(/pages\/aanleiding\.mdx:\d+: <Quote id="bestaat-niet"> bestaat niet/),
      expect.stringMatching(/pages\/vooraf\.mdx:\d+: onbekende voetnoot \[\^98\]/),
      expect.stringMatching(/pages\/waarom\.mdx:\d+: onbekende verwijzing "thema:9": thema 9 bestaat niet/),
    ]);
    // The inline code `[^99]` is text, not a footnote.
    expect(problems.join('\n')).not.toContain('[^99]');
  });

  it('names the line of the problem in the file as the editor sees it (frontmatter counted)', async () => {
    const root = copy();
    const text = readFileSync(join(root, 'pages/waarom.mdx'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('(thema:2)')) + 1;
    edit(root, 'pages/waarom.mdx', '(thema:2)', '(thema:9)');
    expect(await checkContent(root)).toEqual([expect.stringContaining(`pages/waarom.mdx:${line}: `)]);
  });

  it('reports invalid MDX with file and line', async () => {
    const root = copy();
    edit(root, 'pages/aanleiding.mdx', '<Quote id="wethouder-test" />', '<Quote id="wethouder-test"\n\nNog een alinea.');
    expect(await checkContent(root)).toEqual([expect.stringMatching(/pages\/aanleiding\.mdx:\d+: ongeldige MDX: /)]);
  });

  it('checks the editorial log', async () => {
    const root = copy();
    writeFileSync(join(root, 'redactielog', 'fout.yaml'), '- soort: onzin\n  bron: x\n  toelichting: te kort\n');
    expect((await checkContent(root)).join('\n')).toMatch(/redactielog\/fout\.yaml.*soort/);
  });
});

describe('checkContent finds every broken-content case, naming file:line once', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const root = copy();
      applyCase(root, c);
      const output = (await checkContent(root)).join('\n');
      expect(output).toMatch(c.message);
      expect(output).toMatch(new RegExp(`${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
      const match = output.match(c.message)![0];
      expect(output.split(match).length - 1).toBe(1);
      if (c.absent) expect(output).not.toContain(c.absent);
    });
  }
});
