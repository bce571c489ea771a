import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../config/site.mjs';
import { editionPath, type Edition } from '../../content-model/editions';
import { cacheKey, type EditionSettings } from './build-edition';
import { historyOf } from './git';

/*
 * Which editions a build includes: the ones in the cache, and all of them when the full Git
 * history is there to build them. Pages link only to those (a shallow clone builds none).
 */

/** Where built editions are kept: EDITIES_CACHE, else .cache/edities/ (git-ignored). */
export const editionCacheRoot = (projectRoot: string) => process.env.EDITIES_CACHE ?? join(projectRoot, '.cache', 'edities');

/** The address an edition is built for, below the current site's. */
export const editionSettings = (edition: Edition): EditionSettings => ({
  url: site.url ? `${site.url}${editionPath(edition.datum)}`.replace(/\/$/, '') : undefined,
  base: `${site.base}${editionPath(edition.datum).slice(1)}`,
});

export const inEditionCache = (edition: Edition, cacheRoot: string) =>
  existsSync(join(cacheRoot, cacheKey(edition, editionSettings(edition)), 'index.html'));

/** Whether this build includes the edition under /editie/<datum>/. */
export const editionIncluded = (edition: Edition, projectRoot = process.cwd()) =>
  inEditionCache(edition, editionCacheRoot(projectRoot)) || historyOf(projectRoot) === 'full';
