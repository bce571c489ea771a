import type { MarkdownHeading } from 'astro';
import { site } from '../config/site.mjs';
import { withBase } from '../content-model/base-path';
import { RECOMMENDATIONS_HEADING, shortStepPath, shortThemePath, stepPath, themePath } from '../content-model/paths';

/**
 * "Verwijzen naar deze pagina": the ready citation of a theme or step page, as plain text and as
 * the metadata reference managers read (schema.org JSON-LD, Highwire `citation_*` tags). Only the
 * configured site URL is used; without one the address stays relative and the text says so.
 */
export interface PageCitation {
  /** e.g. "Thema 4: Efficiënter benutten huisvesting" */
  title: string;
  /** Canonical path, e.g. /waarom/huisvesting/ */
  path: string;
  /** Short URL, e.g. /thema/4/ */
  shortPath: string;
}

/** The guide as the source names it (title page: PACT voor Kindcentra, December 2020). */
export const guide = {
  title: `${site.title} — ${site.subtitle}`,
  publisher: site.publisher,
  /** Month of publication, ISO 8601 (schema.org) and as the Dutch text says it. */
  published: '2020-12',
  publishedText: 'december 2020',
};

/** "In: <title>." without a double stop after the guide's question mark. */
export const afterTitle = (title: string) => (/[.?!]$/.test(title) ? '' : '.');

const siteUrl = (): string | undefined => (site.url ? String(site.url).replace(/\/$/, '') : undefined);

/** Absolute address when the site URL is configured, else the path itself. */
export const addressOf = (path: string) => { const url = siteUrl(); return url ? `${url}${path}` : withBase(path); };
export const hasSiteUrl = () => siteUrl() !== undefined;

/** The citation as one line of plain text (what the copy button copies). */
export function citationText(c: PageCitation): string {
  return (
    `${guide.publisher} (${guide.publishedText}). ${c.title}. In: ${guide.title}${afterTitle(guide.title)} ` +
    `${addressOf(c.path)} (korte link: ${addressOf(c.shortPath)})`
  );
}

/** schema.org metadata: this page as part of the guide, published by PACT voor Kindcentra. */
export function citationJsonLd(c: PageCitation): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: guide.publisher };
  const url = hasSiteUrl() ? { url: addressOf(c.path) } : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: c.title,
    inLanguage: 'nl',
    ...url,
    datePublished: guide.published,
    publisher,
    isPartOf: { '@type': 'Book', name: guide.title },
  };
}

/** Highwire Press tags (Zotero, Mendeley, Google Scholar read them). */
export function highwireMeta(c: PageCitation): [string, string][] {
  return [
    ['citation_title', c.title],
    ['citation_book_title', guide.title],
    ['citation_publisher', guide.publisher],
    ['citation_publication_date', guide.published.replace('-', '/')],
    ['citation_language', 'nl'],
    ...(hasSiteUrl() ? ([['citation_public_url', addressOf(c.path)]] as [string, string][]) : []),
  ];
}

/** A theme or step entry, as the content collections give it. */
type CitableEntry =
  | { collection: 'themes'; id: string; data: { number: number; title: string } }
  | { collection: 'steps'; id: string; data: { order: number; title: string; colour: string } };

/** The citation of a theme or step page (other pages have none): title, address, short URL. */
export function citationFor(entry: CitableEntry, headings: MarkdownHeading[] = []): (PageCitation & { recommendations: boolean }) | undefined {
  if (entry.collection === 'themes') {
    const { number, title } = entry.data;
    return {
      title: `Thema ${number}: ${title}`,
      path: themePath(entry.id),
      shortPath: shortThemePath(number),
      recommendations: headings.some((h) => h.slug === RECOMMENDATIONS_HEADING),
    };
  }
  const { order, title, colour } = entry.data;
  // The circle of continuous activities is no numbered step.
  return { title: colour === 'grijs' ? title : `Stap ${order}: ${title}`, path: stepPath(entry.id), shortPath: shortStepPath(entry.id), recommendations: false };
}
