import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Backlinks from '../../src/components/Backlinks.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import MissingUrl from '../../src/components/MissingUrl.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import SourceLink from '../../src/components/SourceLink.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';

const container = await AstroContainer.create();
// Vitest runs Astro in dev mode, which annotates elements with their source location.
const render: typeof container.renderToString = async (component, options) =>
  (await container.renderToString(component, options)).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');

describe('components (Astro Container API)', () => {
  it('Backlinks lists where something is cited, and renders nothing without citations', async () => {
    const html = await render(Backlinks, {
      props: { heading: 'Genoemd in', citations: [{ title: 'Thema 2', href: '/waarom/kansengelijkheid/#ref-bron-x' }] },
    });
    expect(html).toContain('aria-label="Genoemd in"');
    expect(html).toContain('<a href="/waarom/kansengelijkheid/#ref-bron-x">Thema 2</a>');
    expect(html).toContain('data-pagefind-ignore');
    expect((await render(Backlinks, { props: { heading: 'Genoemd in', citations: [] } })).trim()).toBe('');
  });

  it('Breadcrumbs start at the home page', async () => {
    const html = await render(Breadcrumbs, { props: { crumbs: [{ label: 'Waarom?', href: '/waarom/' }] } });
    expect(html).toContain('aria-label="Kruimelpad"');
    expect(html).toMatch(/<a href="\/">Start<\/a>.*<a href="\/waarom\/">Waarom\?<\/a>/s);
  });

  it('MissingUrl says honestly that the link is unknown', async () => {
    const html = await render(MissingUrl);
    expect(html).toContain('Link onbekend');
    expect(html).toContain('geeft voor deze bron geen adres');
    expect(html).not.toContain('href');
    const compact = await render(MissingUrl, { props: { compact: true } });
    expect(compact).toContain('Link onbekend');
    expect(compact).not.toContain('geen adres');
    expect(html).not.toContain('Gezocht');
    expect(await render(MissingUrl, { props: { searched: '2026-12-02' } })).toContain('Gezocht op titel en uitgever; niet gevonden.');
  });

  it("SourceLink marks the editors' link as theirs, the guide's as plain, and an archived one as a copy", async () => {
    const base = { id: 'x', title: 'Titel', type: 'rapport' as const, url: 'https://uitgever.nl/rapport' };
    const guide = await render(SourceLink, { props: { source: { ...base, urlInHandreiking: true } } });
    expect(guide).toContain('data-link-herkomst="handreiking"');
    expect(guide).not.toContain('redactie');
    const editors = { ...base, urlGevonden: 'https://uitgever.nl/rapport', urlGecontroleerd: '2026-12-02' };
    expect(await render(SourceLink, { props: { source: editors } })).toContain('Link toegevoegd door de redactie; staat niet in de handreiking.');
    expect(await render(SourceLink, { props: { source: editors, compact: true } })).toMatch(/badge[^>]*>Link toegevoegd door de redactie</);
    const archived = await render(SourceLink, { props: { source: { ...base, urlInHandreiking: true, urlArchief: true } } });
    expect(archived).toContain('href="https://web.archive.org/web/2020/https://uitgever.nl/rapport"');
    expect(archived).toContain('Kopie in het Internet Archive (2020)');
    expect(guide).not.toContain('web.archive.org');
    // A page about the publication (an announcement) says it is not the publication itself.
    const about = await render(SourceLink, { props: { source: { ...editors, urlSoort: 'over-publicatie' as const } } });
    expect(about).toContain('niet naar de publicatie zelf');
    expect(await render(SourceLink, { props: { source: editors } })).not.toContain('niet naar de publicatie zelf');
  });

  it('PrevNext links within a part, with rel', async () => {
    const html = await render(PrevNext, {
      props: { prev: { label: 'Thema 1', href: '/waarom/a/' }, next: { label: 'Thema 3', href: '/waarom/c/' } },
    });
    expect(html).toContain('rel="prev"');
    expect(html).toContain('Volgende: Thema 3');
  });

  it('TableOfContents appears from three sections on', async () => {
    const h = (text: string) => ({ depth: 2, slug: text.toLowerCase(), text });
    expect((await render(TableOfContents, { props: { headings: [h('A'), h('B')] } })).trim()).toBe('');
    const html = await render(TableOfContents, { props: { headings: [h('A'), h('B'), h('C')] } });
    expect(html).toContain('Op deze pagina');
    expect(html).toContain('href="#c"');
  });
});
