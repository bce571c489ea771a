import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '../../src/plugins/remark-heading-ids';
import { renderGuideMarkdown } from '../support/markdown';

/** Render as MDX, as Astro does for content/themes/*.mdx (where `{…}` is otherwise an expression). */
async function mdx(source: string, frontmatter: Record<string, unknown> = { number: 4 }) {
  const out = await compile(
    { value: source, path: '/content/themes/huisvesting.mdx', data: { astro: { frontmatter } } },
    { remarkPlugins: [remarkHeadingIds], outputFormat: 'program', jsx: true },
  );
  return String(out);
}

describe('stable heading anchors {#id}', () => {
  it('a reworded heading keeps its fixed id; the {#…} is not shown', async () => {
    const before = await renderGuideMarkdown('## Waar kan een gemeente op inzetten? {#waar-kan-een-gemeente-op-inzetten}\n\nTekst.');
    const after = await renderGuideMarkdown('## Waar kan de gemeente op inzetten? {#waar-kan-een-gemeente-op-inzetten}\n\nTekst.');
    expect(before).toContain('id="waar-kan-een-gemeente-op-inzetten"');
    expect(after).toContain('id="waar-kan-een-gemeente-op-inzetten"');
    expect(after).toMatch(/>Waar kan de gemeente op inzetten\?</);
    expect(after).not.toContain('{#');
  });

  it('works in MDX, where {…} would otherwise be a JavaScript expression', async () => {
    const out = await mdx('## Uitgewerkt {#uitgewerkt}\n\nTekst {1 + 1}.');
    expect(out).toContain('id="uitgewerkt"');
    expect(out).not.toContain('{#');
  });

  it('an old id stays as an alias on the renamed heading', async () => {
    const html = await renderGuideMarkdown('## Nieuwe kop {#nieuwe-kop #oude-kop}\n\nTekst.');
    expect(html).toMatch(/<h2 id="nieuwe-kop"><span id="oude-kop" class="anker-alias"><\/span>Nieuwe kop/);
  });

  it('a heading without {#…} keeps the id it always had (from its text)', async () => {
    expect(await renderGuideMarkdown('## Wat is er nodig?\n\nTekst.')).toContain('id="wat-is-er-nodig"');
  });

  it.each([
    ['a duplicate id', '## Een {#kop}\n\n## Twee {#kop}\n', /huisvesting\.mdx:3: anker "kop" staat twee keer op deze pagina \(ook op .*huisvesting\.mdx:1\)/],
    ['an alias colliding with another heading', '## Een {#een}\n\n## Twee {#twee #een}\n', /huisvesting\.mdx:3: anker "een" staat twee keer/],
    ['an invalid id', '## Een {#Een_Kop}\n', /huisvesting\.mdx:1: ongeldig anker "Een_Kop"/],
    ['an id the site uses itself', '## Een {#voetnoot-3}\n', /huisvesting\.mdx:1: anker "voetnoot-3" .*botst met een anker dat de site zelf maakt/],
    ['an id of the interface', '## Zoeken {#zoekresultaten}\n', /huisvesting\.mdx:1: anker "zoekresultaten" .*botst met een anker dat de site zelf maakt/],
    ['{#…} in the middle of a paragraph', 'Tekst {#los} en meer.\n', /huisvesting\.mdx:1: "\{#los\}" hoort aan het eind van een kopje/],
  ])('fails on %s, naming file, line and id', async (_, source, message) => {
    await expect(mdx(source)).rejects.toThrow(message);
  });
});

describe('citable recommendations {#4.3}', () => {
  const section = (items: string) => `## Waar kan een gemeente op inzetten? {#waar-kan-een-gemeente-op-inzetten}\n\n${items}\n\n## Uitgewerkt {#uitgewerkt}\n\n- Geen aanbeveling.\n`;

  it('each item gets its anchor and visible label from the number in the content', async () => {
    const html = await renderGuideMarkdown(section('- Eerste. {#4.1}\n- Ingevoegd. {#4.3}\n- Tweede. {#4.2}'));
    expect(html).toContain('<li id="aanbeveling-4-1" class="aanbeveling"><a href="#aanbeveling-4-1" class="aanbeveling-nummer"');
    // Inserting an item renumbers nothing: each keeps the number written in the content.
    const order = [...html.matchAll(/id="aanbeveling-(\d-\d)"/g)].map((m) => m[1]);
    expect(order).toEqual(['4-1', '4-3', '4-2']);
    expect(html).toMatch(/>4\.3<\/a> Ingevoegd\./);
    expect(html).not.toContain('aanbeveling-nummer">Geen');
  });

  it.each([
    ['an item without a number', '- Eerste. {#4.1}\n- Zonder nummer.', /aanbeveling zonder nummer; zet het volgende vrije nummer aan het eind, bv\. \{#4\.2\}/],
    ['a number of another theme', '- Eerste. {#5.1}', /aanbeveling "\{#5\.1\}" heeft geen geldig nummer/],
    ['a number used twice', '- Eerste. {#4.1}\n- Tweede. {#4.1}', /anker "aanbeveling-4-1" staat twee keer/],
  ])('fails on %s', async (_, items, message) => {
    await expect(mdx(section(items))).rejects.toThrow(message);
  });
});
