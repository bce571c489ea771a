import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type ContentSnapshot } from '../../src/content-model/content-files';
import { validateContent } from '../../src/content-model/validate-content';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'content-minimal');
const fresh = (): ContentSnapshot => readContent(fixture);
const file = <T extends { file: string }>(entries: T[], name: string): T => entries.find((e) => e.file.endsWith(name))!;

describe('validateContent: one place for the content rules', () => {
  it('accepts the valid fixture', () => {
    expect(validateContent(fresh())).toEqual([]);
  });

  it('explains a schema problem in Dutch with file and the line of the field', () => {
    const s = fresh();
    const theme = file(s.themes, 'twee.mdx');
    theme.data.number = 'drie';
    const [problem, ...rest] = validateContent(s);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/themes\/twee\.mdx:\d+: veld "number" moet een getal zijn \(nu: "drie"\)/);
    expect(problem.match(/twee\.mdx/g)).toHaveLength(1);
  });

  it('names a missing required field', () => {
    const s = fresh();
    delete file(s.themes, 'een.mdx').data.title;
    expect(validateContent(s)).toEqual([expect.stringMatching(/themes\/een\.mdx:\d+: veld "title" ontbreekt \(verplicht\)/)]);
  });

  it('reports two footnotes with the same number once, naming both files', () => {
    const s = fresh();
    s.footnotes.push({ ...s.footnotes[0], id: '03', file: s.footnotes[0].file.replace('01.md', '03.md') });
    const problems = validateContent(s);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/footnotes\/03\.md:2: Voetnootnummer 1 komt twee keer voor: .*footnotes\/01\.md:2 en .*footnotes\/03\.md:2/);
  });

  it('reports a duplicate source id at the line of the second item', () => {
    const s = fresh();
    const first = s.sources[0];
    s.sources.push({ ...first, lineOf: () => 99 });
    expect(validateContent(s)).toEqual([expect.stringMatching(new RegExp(`sources\\.yaml:99: bron-id "${first.id}" komt twee keer voor`))]);
  });

  it('refuses a page without text and a footnote without text unless it is marked missing', () => {
    const s = fresh();
    s.pages[0].body = '\n\n';
    s.footnotes[0].body = '';
    const problems = validateContent(s);
    expect(problems).toEqual([
      expect.stringMatching(/pages\/.*\.mdx:1: de pagina heeft geen tekst/),
      expect.stringMatching(/footnotes\/01\.md:1: voetnoot 1 heeft geen tekst; zet "missing: true"/),
    ]);
  });

  it('refuses a background article that names an unknown step or theme in its frontmatter', () => {
    const s = fresh();
    s.achtergrond[0].data.steps = ['bestaat-niet'];
    s.achtergrond[0].data.themes = [7];
    const problems = validateContent(s);
    expect(problems).toEqual([
      expect.stringMatching(/achtergrond\/artikel-test\.md:\d+: onbekende stap "bestaat-niet" in steps/),
      expect.stringMatching(/achtergrond\/artikel-test\.md:\d+: onbekend thema 7 in themes/),
    ]);
  });

  it('refuses a reading order that names a page that does not exist', () => {
    const s = fresh();
    s.pages = s.pages.filter((p) => p.id !== 'colofon');
    expect(validateContent(s)).toEqual([expect.stringMatching(/outline\.ts: de leesvolgorde noemt pagina "colofon"/)]);
  });
});
