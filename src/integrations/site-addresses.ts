import type { AstroIntegration } from 'astro';
import { unconfiguredAddresses } from '../config/site.mjs';

/** Says once per build which addresses are not configured, so nobody mistakes the gap for a bug. */
export default function siteAddresses(): AstroIntegration {
  return {
    name: 'site-addresses',
    hooks: { 'astro:build:start': ({ logger }) => unconfiguredAddresses().forEach((note) => logger.warn(note)) },
  };
}
