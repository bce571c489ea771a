import type { APIRoute } from 'astro';
import { site } from '../config/site.mjs';
import { withBase } from '../content-model/base-path';
import { getHistory, type Change } from '../utils/change-history';
import { addressOf } from '../utils/page-citation';

/*
 * /wijzigingen.xml: the change history as an Atom 1.0 feed (RFC 4287), one entry per change with
 * the pages it touched, for a policy officer's feed reader. Addresses are absolute when SITE_URL
 * is set; otherwise they stay paths (valid Atom: resolved against the feed's own address), and
 * ids are URNs of the commit, which never changes.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const href = (path: string) => escape(site.url ? addressOf(path) : withBase(path));
const idOf = (path: string, commit?: string) =>
  site.url ? `${addressOf(path)}${commit ? `#wijziging-${commit.slice(0, 7)}` : ''}` : `urn:kennisbank-wijzigingen:${commit ?? 'feed'}`;

function entry(change: Change): string {
  const pages = change.pages.map((p) => `<li><a href="${href(p.path)}">${escape(p.title)}</a>${p.sections.length ? `: ${p.sections.map((s) => escape(s.heading || 'begintekst')).join(', ')}` : ''} (<a href="${href(`/wijzigingen${p.path}`)}#wijziging-${change.commit.slice(0, 7)}">verschillen</a>)</li>`);
  const others = change.others.map((o) => `<li><a href="${href(o.path)}">${escape(o.label)}</a></li>`);
  const html = `${change.body ? `<p>${escape(change.body)}</p>` : ''}<ul>${[...pages, ...others].join('')}</ul>`;
  const summary = `Gewijzigd: ${[...change.pages.map((p) => p.title), ...change.others.map((o) => o.label)].join(', ')}.`;
  return `  <entry>
    <id>${escape(idOf('/wijzigingen/', change.commit))}</id>
    <title>${escape(change.subject)}</title>
    <updated>${change.date}</updated>
    <link rel="alternate" type="text/html" href="${href('/wijzigingen/')}#wijziging-${change.commit.slice(0, 7)}"/>
    <summary>${escape(summary)}</summary>
    <content type="html">${escape(html)}</content>
  </entry>`;
}

export const GET: APIRoute = () => {
  const history = getHistory();
  // The feed's date: its newest change; else the first edition; else the guide's publication month.
  const updated = history.changes[0]?.date ?? (history.since ? `${history.since.datum}T00:00:00Z` : '2020-12-01T00:00:00Z');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escape(idOf('/wijzigingen/'))}</id>
  <title>Wijzigingen in ${escape(site.title)}</title>
  <subtitle>Elke wijziging in de tekst van de handreiking, met de gewijzigde pagina's.</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${href('/wijzigingen.xml')}"/>
  <link rel="alternate" type="text/html" href="${href('/wijzigingen/')}"/>
  <author><name>Redactie van ${escape(site.title)}</name></author>
${history.changes.map(entry).join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
