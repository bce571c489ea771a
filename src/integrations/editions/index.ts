import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../../config/site.mjs';
import { contentDir } from '../../content-model/content-dir';
import { editionPath, EDITIONS_FILE, readEditions } from '../../content-model/editions';
import { movedPageRedirects } from '../../content-model/moved-pages';
import { headersFileRule, securityHeaders, writeNginxHeaders } from '../shared/headers';
import { htmlFiles } from '../postbuild/html-files';
import { editionCacheRoot, editionSettings, inEditionCache } from './availability';
import { buildEdition, EDITION_META, EditionBuildError, editionPolicy } from './build-edition';
import { commitExists, historyOf, noHistoryNote } from './git';

/*
 * Every build also builds the editions of content/edities.yaml into dist/editie/<datum>/, after
 * the current site's post-build pass, search index and address check: editions are not in the
 * current site's search, sitemap or register check, and carry noindex themselves. Each is built
 * once, with its own commit's code, and kept in a cache folder (EDITIES_CACHE, default
 * .cache/edities/, git-ignored; the workflows keep it with the cache action).
 */

/** Union of Content-Security-Policies, directive by directive (the editions' own script hashes). */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...values] = directive.split(/\s+/);
      const set = merged.get(name) ?? new Set<string>();
      values.forEach((v) => set.add(v));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The current page for an edition's page: the same path, following moves in content/adressen.txt. */
export function currentPathOf(path: string, moves: Record<string, string>, exists: (path: string) => boolean): string {
  let target = path;
  for (let hops = 0; moves[target] && hops < 20; hops++) target = moves[target];
  return exists(target) ? target : '/';
}

/** Point every page's "bekijk de huidige versie" link at the current site (the banner marks it). */
function linkToCurrentSite(editionRoot: string, distRoot: string) {
  const moves = movedPageRedirects();
  const exists = (path: string) => existsSync(join(distRoot, path, 'index.html'));
  for (const file of htmlFiles(editionRoot)) {
    const html = readFileSync(file, 'utf8');
    const linked = html.replace(/<a data-huidige-versie="([^"]*)" href="[^"]*"/g, (_, path: string) =>
      `<a data-huidige-versie="${path}" href="${site.base}${currentPathOf(path, moves, exists).slice(1)}"`,
    );
    if (linked !== html) writeFileSync(file, linked);
  }
}


export default function editions(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'guide-editions',
    hooks: {
      'astro:config:setup': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // An edition's own build makes no editions.
        if (site.edition) return;
        const distRoot = fileURLToPath(dir);
        const file = join(contentDir, EDITIONS_FILE);
        const listed = readEditions();
        const cacheRoot = editionCacheRoot(projectRoot);
        const history = historyOf(projectRoot);
        const policies: string[] = [];
        const skipped: string[] = [];
        for (const edition of listed) {
          const where = `${file}:${edition.line}: editie ${edition.datum} (commit ${edition.commit.slice(0, 12)})`;
          let built: { folder: string; cached: boolean };
          try {
            const start = performance.now();
            const settings = editionSettings(edition);
            const cached = inEditionCache(edition, cacheRoot);
            if (!cached && history !== 'full') {
              skipped.push(edition.datum);
              continue;
            }
            if (!cached && !commitExists(projectRoot, edition.commit)) {
              throw new EditionBuildError('die commit bestaat niet in deze repository; kopieer de hash van een commit van main ("git log main")');
            }
            built = await buildEdition(projectRoot, edition, settings, cacheRoot);
            if (!built.cached) logger.info(`editie ${edition.datum}: gebouwd in ${((performance.now() - start) / 1000).toFixed(1)} s`);
          } catch (error) {
            if (error instanceof EditionBuildError) throw new Error(`${where}: ${error.message}`);
            throw error;
          }
          const copyStart = performance.now();
          const target = join(distRoot, editionPath(edition.datum).slice(1));
          cpSync(built.folder, target, { recursive: true, filter: (src) => !src.endsWith(EDITION_META) });
          linkToCurrentSite(target, distRoot);
          if (built.cached) logger.info(`editie ${edition.datum}: uit de cache, gekopieerd in ${((performance.now() - copyStart) / 1000).toFixed(1)} s`);
          const policy = editionPolicy(built.folder);
          if (policy) policies.push(policy);
        }
        if (skipped.length) logger.warn(noHistoryNote(history === 'shallow' ? 'shallow' : 'none', `Edities (${skipped.join(', ')})`));
        // Headers for /editie/: their own script hashes, and noindex for search engines.
        const sitePolicy = /^\s+Content-Security-Policy: (.+)$/m.exec(readFileSync(join(distRoot, '_headers'), 'utf8'))?.[1] ?? '';
        const headers = [...securityHeaders(mergePolicies([sitePolicy, ...policies])), ['X-Robots-Tag', 'noindex'] as const];
        writeNginxHeaders(distRoot, 'edition-headers.conf', headers);
        if (listed.length) appendFileSync(join(distRoot, '_headers'), headersFileRule(`${site.base}editie/*`, headers, { detach: ['Content-Security-Policy'] }));
      },
    },
  };
}
