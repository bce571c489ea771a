import { describe, expect, it } from 'vitest';
import { changeDay, changeHeadingPages, changeTime, pageOfFile, sectionChanges, type Change } from '../../src/utils/change-history';
import { renderedText, sectionsOf } from '../../src/utils/section-text';

const theme = (intro: string, body: string) =>
  `---\ntitle: "Een thema"\n---\n\n${intro}\n\n## Waar kan een gemeente op inzetten? {#waar-kan-een-gemeente-op-inzetten}\n\n${body}\n`;

describe('the change history compares the rendered text per section', () => {
  it('splits a file on its ## headings, by anchor, and renders what the reader sees', () => {
    const sections = sectionsOf(theme('Zie [thema 2](thema:2) en voetnoot[^3].', '- Ouders betrekken. {#1.2}\n\n<Quote id="wethouder" />'));
    expect(sections.map((s) => [s.id, s.heading])).toEqual([['', ''], ['waar-kan-een-gemeente-op-inzetten', 'Waar kan een gemeente op inzetten?']]);
    expect(renderedText(sections[0].source)).toBe('Zie thema 2 en voetnoot.');
    expect(renderedText(sections[1].source)).toBe('Ouders betrekken.');
  });

  it('a reworded sentence is a word-level difference in its own section only', () => {
    const [change, ...rest] = sectionChanges(theme('Intro.', '- Ouders goed betrekken. {#1.2}'), theme('Intro.', '- Ouders actief betrekken. {#1.2}'));
    expect(rest).toEqual([]);
    expect(change.id).toBe('waar-kan-een-gemeente-op-inzetten');
    expect(change.kind).toBe('gewijzigd');
    expect(change.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['goed']);
    expect(change.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['actief']);
  });

  it('markup that renders the same is no change; new and removed sections are named', () => {
    expect(sectionChanges(theme('Een *woord*.', 'x'), theme('Een _woord_.', 'x'))).toEqual([]);
    // The same words with a new link: listed, without a word difference.
    expect(sectionChanges(theme('Zie Gelijk goed.', 'x'), theme('Zie [Gelijk goed](bron:ser).', 'x')).map((c) => c.kind)).toEqual(['links']);
    const added = sectionChanges(theme('Intro.', 'x'), `${theme('Intro.', 'x')}\n## Nieuw {#nieuw}\n\nTekst.\n`);
    expect(added.map((c) => [c.id, c.kind])).toEqual([['nieuw', 'nieuw']]);
    expect(sectionChanges(`${theme('Intro.', 'x')}\n## Weg {#weg}\n\nTekst.\n`, theme('Intro.', 'x')).map((c) => c.kind)).toEqual(['verwijderd']);
  });

  it('files map to their pages; the editorial apparatus is left out', () => {
    expect(pageOfFile('themes/huisvesting.mdx')).toEqual({ path: '/waarom/huisvesting/', sections: true });
    expect(pageOfFile('footnotes/07.md')).toEqual({ path: '/voetnoten/7/', sections: true });
    expect(pageOfFile('sources/sources.yaml')).toEqual({ label: 'Bronnen', path: '/bronnen/' });
    for (const file of ['adressen.txt', 'edities.yaml', 'zoeken/begrippen.yaml', 'redactielog/correcties.yaml']) expect(pageOfFile(file)).toBeUndefined();
  });
});

describe("a change's heading", () => {
  const change = (titles: string[], others: string[] = []): Change => ({
    commit: 'a'.repeat(40),
    date: '2026-12-03T14:00:00+01:00',
    subject: 'Een lange toelichting van de redactie, die in zijn geheel onder het kopje staat.',
    body: '',
    pages: titles.map((title, i) => ({ path: `/p${i}/`, title, sections: [] })),
    others: others.map((label) => ({ label, path: '/bronnen/' })),
  });
  it('names the pages it touched, two at most and then how many more, never the message', () => {
    expect(changeHeadingPages(change(['Thema 8: Kinderopvang']))).toBe('Thema 8: Kinderopvang');
    expect(changeHeadingPages(change(['Thema 1', 'Thema 2']))).toBe('Thema 1 en Thema 2');
    expect(changeHeadingPages(change(['Thema 1', 'Thema 2'], ['Bronnen']))).toBe('Thema 1, Thema 2 en nog 1');
    expect(changeHeadingPages(change(['Thema 1', 'Thema 2', 'Thema 3', 'Stap 1']))).toBe('Thema 1, Thema 2 en nog 2');
    expect([changeDay(change(['Thema 1'])), changeTime(change(['Thema 1']))]).toEqual(['2026-12-03', '14:00']);
  });
});
