import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lostAddresses, newAddresses, parseRegister } from '../../src/content-model/address-register';
import { readBuiltSite } from '../../src/integrations/postbuild/address-check';
import { builtPages, distDir } from '../support/dist';

const registerText = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'adressen.txt'), 'utf8');
const register = parseRegister(registerText);
const themeAndStepPages = () => builtPages().filter((p) => /^\/(waarom|hoe)\/[^/]+\/$/.test(p.path));

describe('permanent addresses on the real build', () => {
  it('the register holds every published page and anchor, and each one lands', () => {
    const site = readBuiltSite(distDir);
    expect(register.length).toBeGreaterThan(1000);
    expect(lostAddresses(register, site)).toEqual([]);
    // Nothing citable is published without being registered ("npm run adressen").
    expect(newAddresses(register, site)).toEqual([]);
  });

  it('every recommendation has its number, anchor and register line', () => {
    const registered = new Set(register.map((l) => l.address));
    let count = 0;
    for (const page of builtPages().filter((p) => p.path.startsWith('/waarom/') && p.path !== '/waarom/')) {
      const theme = page.root.querySelector('.kicker')?.text.match(/Thema (\d+)/)?.[1];
      for (const item of page.root.querySelectorAll('li.aanbeveling')) {
        const label = item.querySelector('.aanbeveling-nummer')!.text;
        expect(label).toMatch(new RegExp(`^${theme}\\.\\d+$`));
        expect(item.id).toBe(`aanbeveling-${label.replace('.', '-')}`);
        expect(registered.has(`${page.path}#${item.id}`)).toBe(true);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(40);
  });

  it('theme and step pages carry JSON-LD and citation_* tags with title, publisher and 2020-12', () => {
    const pages = themeAndStepPages();
    expect(pages.length).toBe(14);
    for (const page of pages) {
      const ld = JSON.parse(page.root.querySelector('script[type="application/ld+json"]')!.text);
      const title = page.root.querySelector('meta[name="citation_title"]')!.getAttribute('content');
      expect(ld.name).toBe(title);
      expect(title).toContain(page.root.querySelector('h1')!.text.replace(/\u00ad/g, '').trim());
      expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'PACT voor Kindcentra' });
      expect(ld.datePublished).toBe('2020-12');
      expect(ld.isPartOf.name).toBe('Lokaal samenwerken aan kindvoorzieningen — Regie pakken: waarom en hoe?');
      expect(page.root.querySelector('meta[name="citation_publication_date"]')!.getAttribute('content')).toBe('2020/12');
      expect(page.root.querySelector('meta[name="citation_publisher"]')!.getAttribute('content')).toBe('PACT voor Kindcentra');
    }
  });

  it('theme and step pages show their short URL, and it redirects to them', () => {
    const site = readBuiltSite(distDir);
    for (const page of themeAndStepPages()) {
      const short = page.root.querySelector('.short-url a')!.getAttribute('href')!;
      expect(short).toMatch(/^\/(thema\/\d|stap\/[a-z-]+)\/$/);
      expect(site.redirects.get(short)).toBe(page.path);
      expect(page.root.querySelector('#verwijzing-tekst')!.text).toContain(short);
    }
  });
});
