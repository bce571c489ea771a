import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../content-model/content-dir';
import { htmlFiles } from './html-files';
import { sitePathOf } from '../../content-model/base-path';
import { lostAddresses, newAddresses, parseRegister, REGISTER_FILE, withAddresses, type BuiltSite } from '../../content-model/address-register';

// Redirect pages (short URLs, moved pages: src/pages/[...kort].astro) have a meta refresh.
const REFRESH = /<meta http-equiv="refresh" content="0;url=([^"]+)"/i;

/** Served path of a built file: dist/waarom/x/index.html → /waarom/x/. */
const servedPath = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Read the build: the ids on every page, and where each redirect page points. */
export function readBuiltSite(root: string): BuiltSite {
  const site: BuiltSite = { pages: new Map(), redirects: new Map() };
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'utf8');
    const path = servedPath(root, file);
    const refresh = REFRESH.exec(html);
    // Under a sub-path the refresh carries the base; the register speaks in site paths.
    if (refresh) site.redirects.set(path, sitePathOf(refresh[1]));
    else site.pages.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return site;
}

/**
 * After the post-build pass (the print page's ids are final then): every address in content/adressen.txt must still land (page, anchor, alias, or
 * through a redirect for a moved page), or the build fails naming the address and how to keep
 * it. New addresses are listed; `npm run adressen` (ADRESSEN_BIJWERKEN=1) adds them.
 */
export default function addressRegister(): AstroIntegration {
  return {
    name: 'guide-address-register',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const registerFile = join(contentDir, REGISTER_FILE);
        if (!existsSync(registerFile)) {
          logger.info(`${registerFile} ontbreekt: gepubliceerde adressen worden niet gecontroleerd.`);
          return;
        }
        const text = readFileSync(registerFile, 'utf8');
        const lines = parseRegister(text, registerFile);
        const site = readBuiltSite(root);
        const lost = lostAddresses(lines, site, registerFile);
        if (lost.length) {
          throw new Error(
            `${lost.length} gepubliceerde adres(sen) landen niet meer. Gemeenten verwijzen ernaar; een adres mag nooit verdwijnen.\n` +
              lost.slice(0, 40).join('\n') +
              (lost.length > 40 ? `\n… en nog ${lost.length - 40}.` : ''),
          );
        }
        const additions = newAddresses(lines, site);
        if (additions.length && process.env.ADRESSEN_BIJWERKEN) {
          writeFileSync(registerFile, withAddresses(text, additions));
          logger.info(`${additions.length} nieuwe adres(sen) opgenomen in ${registerFile}:\n${additions.join('\n')}`);
        } else if (additions.length) {
          logger.warn(
            `${additions.length} nieuwe adres(sen) staan nog niet in ${registerFile} (voer "npm run adressen" uit om ze op te nemen):\n` +
              additions.slice(0, 20).join('\n') + (additions.length > 20 ? `\n… en nog ${additions.length - 20}.` : ''),
          );
        }
      },
    },
  };
}
