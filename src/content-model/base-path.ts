import { site } from '../config/site.mjs';

/*
 * The site may live under a sub-path (SITE_URL https://eigenaar.github.io/kennisbank/, or an
 * edition under /editie/<datum>/). Code everywhere speaks in site paths ("/waarom/huisvesting/");
 * these two helpers translate between a site path and the address a browser requests.
 */

/** "/waarom/x/" → "/kennisbank/waarom/x/" (unchanged at the root of a domain). */
export const withBase = (path: string, base: string = site.base): string =>
  path.startsWith('/') && !path.startsWith('//') ? `${base}${path.slice(1)}` : path;

/** "/kennisbank/waarom/x/" → "/waarom/x/": Astro.url.pathname includes the base. */
export const sitePathOf = (pathname: string, base: string = site.base): string =>
  pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
