import type { Heading, HeadingIds, ListItem, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { recommendationAnchor, RECOMMENDATIONS_HEADING } from '../content-model/paths';
import { headingIdFromMarkdown, headingIdSyntax, idsOf } from './heading-id-syntax';

/** An id as editors write it: small letters, digits and single hyphens. */
const VALID_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** Ids the site itself puts on pages, or prefixes of ids it generates: a heading may not take them. */
const RESERVED = ['inhoud', 'site-search', 'kopieer-status', 'voetnoten-kop', 'verwijzen', 'verwijzing-tekst'];
const RESERVED_PREFIXES = ['voetnoot-', 'fnref-', 'ref-', 'aanbeveling-', 'citaat-', 'voorbeeld-'];

const where = (file: VFile, node: Nodes) => `${file.path ?? 'onbekend bestand'}:${node.position?.start.line ?? '?'}`;

/** Take a trailing `{#…}` off a heading or paragraph; the text before it loses its trailing space. */
function takeIds(parent: Heading | Paragraph): HeadingIds | undefined {
  const last = parent.children.at(-1);
  if (last?.type !== 'headingIds') return undefined;
  parent.children.pop();
  const before = parent.children.at(-1);
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  return last;
}

/**
 * Stable anchors, fixed in the content so rewording never moves them:
 * - `## Kop {#kop}` gives the heading the id `kop`; `{#nieuw #oud}` keeps `oud` as an alias (an
 *   empty element with that id stays in the heading, so old links still land);
 * - in a theme's "Waar kan een gemeente op inzetten?", every item ends with its number `{#4.3}`:
 *   it gets the anchor `aanbeveling-4-3` and the visible label "4.3" (a link to itself). The number
 *   is written in the content, so inserting an item never renumbers the others.
 * Headings without `{#…}` keep the id rehype-slug gives them; the address register
 * (content/adressen.txt) makes sure a published one never disappears.
 */
export const remarkHeadingIds: Plugin<[], Root> = function () {
  // The parser reads these lists (as remark-gfm's extensions); typed loosely, as unified's Data is.
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(headingIdSyntax());
  (data.fromMarkdownExtensions ??= []).push(headingIdFromMarkdown());

  return (tree, file) => {
    const seen = new Map<string, string>();
    const claim = (id: string, node: Nodes, what: string, written = true) => {
      const at = where(file, node);
      if (!VALID_ID.test(id)) {
        file.fail(`${at}: ongeldig anker "${id}" bij ${what}: gebruik kleine letters, cijfers en streepjes, bv. {#waar-kan-een-gemeente-op-inzetten}`, node, 'heading-ids:invalid');
      }
      if (written && (RESERVED.includes(id) || RESERVED_PREFIXES.some((p) => id.startsWith(p)))) {
        file.fail(`${at}: anker "${id}" bij ${what} botst met een anker dat de site zelf maakt; kies een andere naam`, node, 'heading-ids:reserved');
      }
      const earlier = seen.get(id);
      if (earlier) file.fail(`${at}: anker "${id}" staat twee keer op deze pagina (ook op ${earlier}); elk anker moet uniek zijn`, node, 'heading-ids:duplicate');
      seen.set(id, at);
    };

    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const themeNumber = typeof frontmatter?.number === 'number' ? frontmatter.number : undefined;
    let inRecommendations = false;

    for (const node of tree.children) {
      if (node.type === 'heading') {
        const ids = takeIds(node);
        if (ids) {
          const [id, ...aliases] = idsOf(ids.value);
          claim(id, node, `het kopje`);
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
          for (const alias of aliases) {
            claim(alias, node, `het kopje (oud anker)`);
            // An empty element with the old id, so links to it still land on this heading.
            node.children.unshift({ type: 'headingIds', value: '', data: { hName: 'span', hProperties: { id: alias, className: ['anker-alias'] } } } as HeadingIds);
          }
        }
        const id = (node.data?.hProperties as { id?: string } | undefined)?.id;
        if (node.depth <= 2) inRecommendations = id === RECOMMENDATIONS_HEADING;
        continue;
      }
      if (inRecommendations && node.type === 'list') {
        const numbers = new Map<string, string>();
        for (const item of node.children) labelRecommendation(item, file, themeNumber, numbers, claim);
      }
    }

    // Any `{#…}` left is not at the end of a heading or recommendation.
    visit(tree, 'headingIds', (node) => {
      if (node.data?.hName) return;
      file.fail(`${where(file, node)}: "${node.value}" hoort aan het eind van een kopje (## Kop ${node.value}) of van een aanbeveling`, node, 'heading-ids:misplaced');
    });
  };
};

function labelRecommendation(
  item: ListItem,
  file: VFile,
  themeNumber: number | undefined,
  numbers: Map<string, string>,
  claim: (id: string, node: Nodes, what: string, written?: boolean) => void,
) {
  const paragraph = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
  const ids = paragraph && takeIds(paragraph);
  const hint = themeNumber ? ` {#${themeNumber}.${numbers.size + 1}}` : ' {#4.3}';
  if (!ids) {
    file.fail(`${where(file, item)}: aanbeveling zonder nummer; zet het volgende vrije nummer aan het eind, bv.${hint} (bestaande nummers nooit veranderen)`, item, 'heading-ids:recommendation-missing');
  }
  const label = idsOf(ids!.value)[0];
  const match = /^(\d+)\.(\d+)$/.exec(label);
  if (!match || (themeNumber !== undefined && Number(match[1]) !== themeNumber)) {
    file.fail(`${where(file, item)}: aanbeveling "{#${label}}" heeft geen geldig nummer; schrijf thema-nummer, punt, volgnummer, bv.${hint}`, item, 'heading-ids:recommendation-invalid');
  }
  const anchor = recommendationAnchor(label);
  claim(anchor, item, `aanbeveling ${label}`, false);
  numbers.set(label, anchor);
  item.data = { ...item.data, hProperties: { ...item.data?.hProperties, id: anchor, className: ['aanbeveling'] } };
  const labelNode = {
    type: 'headingIds',
    value: '',
    data: {
      hName: 'a',
      hProperties: { href: `#${anchor}`, className: ['aanbeveling-nummer'], ariaLabel: `Aanbeveling ${label}`, dataTekst: '', dataPagefindIgnore: '' },
      hChildren: [{ type: 'text', value: label }],
    },
  } as HeadingIds;
  paragraph!.children.unshift(labelNode as PhrasingContent, { type: 'text', value: ' ' });
}
