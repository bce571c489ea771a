import type { APIRoute } from 'astro';
import { site as settings } from '../config/site.mjs';

/** robots.txt; it names the sitemap only when the site address (SITE_URL) is configured. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${`${settings.url}/sitemap-index.xml`}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
