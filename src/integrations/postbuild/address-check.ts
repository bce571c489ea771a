import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { parse } from 'node-html-parser';
import { contentDir } from '../../content-model/content-dir';
import { sitePathOf } from '../../content-model/base-path';
import { lostAddresses, newAddresses, parseRegister, REGISTER_FILE, withAddresses, type BuiltSite } from '../../content-model/address-register';
import { htmlFiles } from './html-files';

// Redirect pages (short URLs, moved pages: src/pages/[...kort].astro) have a meta refresh.
const REFRESH = /<meta http-equiv="refresh" content="0;url=([^"]+)"/i;

/** Served path of a built file: dist/waarom/x/index.html → /waarom/x/. */
export const servedPath = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** The ids on every page and where each redirect page points, from pages already parsed. */
export function builtSite(pages: { path: string; html: string; ids: string[] }[]): BuiltSite {
  const site: BuiltSite = { pages: new Map(), redirects: new Map() };
  for (const { path, html, ids } of pages) {
    const refresh = REFRESH.exec(html);
    // Under a sub-path the refresh carries the base; the register speaks in site paths.
    if (refresh) site.redirects.set(path, sitePathOf(refresh[1]));
    else site.pages.set(path, new Set(ids));
  }
  return site;
}

/** The same from the files of a finished build (tests). */
export const readBuiltSite = (root: string): BuiltSite =>
  builtSite(
    htmlFiles(root).map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: servedPath(root, file), html, ids: parse(html).querySelectorAll('[id]').map((el) => el.id) };
    }),
  );

/**
 * Every address in content/adressen.txt must still land (page, anchor, alias, or through a
 * redirect for a moved page), or the build fails naming the address and how to keep it. New
 * addresses are listed; `npm run adressen` (ADRESSEN_BIJWERKEN=1) adds them.
 */
export function checkAddresses(site: BuiltSite, logger: AstroIntegrationLogger): void {
  const registerFile = join(contentDir, REGISTER_FILE);
  if (!existsSync(registerFile)) {
    logger.info(`${registerFile} ontbreekt: gepubliceerde adressen worden niet gecontroleerd.`);
    return;
  }
  const text = readFileSync(registerFile, 'utf8');
  const lines = parseRegister(text, registerFile);
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
}
