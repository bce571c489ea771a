// One place for the site's identity and hosting settings (plain JS: astro.config.mjs reads it too).
// The public address and the repository are never guessed: they come from the environment
// (locally, or from the repository's settings in the forge pipeline). Unset means unknown:
// the build then publishes no canonical, OpenGraph or sitemap URL and no edit links.

/** A configured http(s) address without trailing slash, or undefined when the variable is unset. */
function address(name) {
  const value = process.env[name]?.trim();
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}="${value}" is geen geldig adres: gebruik een volledig adres zoals https://voorbeeld.nl`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${name}="${value}" moet met http:// of https:// beginnen`);
  return value.replace(/\/+$/, '');
}

/**
 * The path the site is served under, with slashes at both ends: "/" at the root of its domain,
 * "/kennisbank/" for SITE_URL https://eigenaar.github.io/kennisbank/ (a GitHub project page).
 * SITE_BASE sets it without a public address (previews; an edition under /editie/<datum>/).
 */
function basePath(url) {
  const value = process.env.SITE_BASE?.trim() || (url ? new URL(url).pathname : '/');
  if (!/^\/([\w.~-]+\/)*$/.test(`${value.replace(/\/*$/, '')}/`)) {
    throw new Error(`SITE_BASE="${value}" is geen geldig pad: gebruik bv. /kennisbank/`);
  }
  return `${value.replace(/\/*$/, '')}/`;
}

const url = address('SITE_URL');

export const site = {
  title: 'Lokaal samenwerken aan kindvoorzieningen',
  subtitle: 'Regie pakken: waarom en hoe?',
  publisher: 'PACT voor Kindcentra',
  /** The guide describes the situation of this moment ("nu, in het najaar van 2020"). */
  peildatum: 'december 2020',
  /** Public address of the site (SITE_URL), e.g. https://kennisbank.example; undefined = unknown. */
  url,
  /** Path of the site on its host, "/" or e.g. "/kennisbank/" (see basePath). */
  base: basePath(url),
  /** Web address of the Git repository that holds content/ (REPOSITORY_URL); "Bewerk deze pagina" links are built from it. */
  repository: address('REPOSITORY_URL'),
  branch: process.env.REPOSITORY_BRANCH?.trim() || 'main',
  /** Set (JJJJ-MM-DD) only while this build is an edition (integrations/editions/): banner, noindex. */
  edition: process.env.GUIDE_EDITION?.trim() || undefined,
};

/** Dutch notes for the build log about addresses that are not configured (empty when all are). */
export function unconfiguredAddresses() {
  const notes = [];
  if (!site.url) notes.push('SITE_URL is niet ingesteld: geen canonical-, OpenGraph- of sitemap-adressen in deze build.');
  if (!site.repository) notes.push('REPOSITORY_URL is niet ingesteld: geen links "Bewerk deze pagina" in deze build.');
  return notes;
}
