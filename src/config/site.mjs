// One place for the site's identity and hosting settings (plain JS: astro.config.mjs reads it too).
export const site = {
  title: 'Lokaal samenwerken aan kindvoorzieningen',
  subtitle: 'Regie pakken: waarom en hoe?',
  publisher: 'PACT voor Kindcentra',
  /** The guide describes the situation of this moment ("nu, in het najaar van 2020"). */
  peildatum: 'december 2020',
  /** Public address of the site; set SITE_URL when hosting elsewhere. */
  url: process.env.SITE_URL ?? 'https://kennisbank.pactvoorkindcentra.nl',
  /** Git repository that holds content/; "Bewerk deze pagina" links are built from it. */
  repository: process.env.REPOSITORY_URL ?? 'https://github.com/pactvoorkindcentra/kennisbank-lokaal-samenwerken',
  branch: process.env.REPOSITORY_BRANCH ?? 'main',
};
