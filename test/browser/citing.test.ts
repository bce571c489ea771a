import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const origin = inject('origin');

/** What a policy officer does to cite the guide in a council proposal. */
describe('citing a page, a recommendation, an old address', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('"Kopieer verwijzing" copies the citation as it is shown, with the full address the reader is on, and says so', async () => {
    await page.goto(`${origin}/waarom/huisvesting/`);
    const block = page.getByRole('region', { name: 'Verwijzen naar deze pagina' });
    await block.getByRole('button', { name: 'Kopieer verwijzing' }).click();
    await page.locator('#kopieer-status').filter({ hasText: 'Verwijzing gekopieerd' }).waitFor();
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    const shown = String(await page.evaluate(`document.getElementById('verwijzing-tekst').innerText`)).replace(/\s+/g, ' ').trim();
    // The build knows no domain (no SITE_URL): the page shows paths, the copy holds this address.
    expect(copied).toBe(shown.replace(/(?<= |: )(\/[^ )]*)/g, `${origin}$1`));
    expect(copied).toMatch(/^PACT voor Kindcentra \(december 2020\)\. Thema 4: .+\. In: Lokaal samenwerken aan kindvoorzieningen — Regie pakken: waarom en hoe\? (\S+)\/waarom\/huisvesting\/ \(korte link: \1\/thema\/4\/\)$/);
    expect(copied).toContain(`${origin}/waarom/huisvesting/`);
    expect(await block.textContent()).not.toMatch(/zet het domein/);
  });

  it('a recommendation number links to itself and copies that link', async () => {
    await page.goto(`${origin}/waarom/huisvesting/`);
    const number = page.getByRole('link', { name: 'Aanbeveling 4.3', exact: true });
    await number.click();
    await page.locator('#kopieer-status').filter({ hasText: 'Link gekopieerd' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(`${origin}/waarom/huisvesting/#aanbeveling-4-3`);
    expect(await page.locator('#aanbeveling-4-3').textContent()).toMatch(/^4\.3 \(Ver\)bouw geen school/);
  });

  it('a short URL with an anchor lands on that anchor of the page (the redirect keeps the #)', async () => {
    await page.goto(`${origin}/thema/4/#aanbeveling-4-3`);
    await page.waitForURL(`${origin}/waarom/huisvesting/#aanbeveling-4-3`);
    await page.waitForFunction(`document.getElementById('aanbeveling-4-3').getBoundingClientRect().top < innerHeight`);
    expect(await page.evaluate(`document.querySelector(':target')?.id`)).toBe('aanbeveling-4-3');
  });

  it('without JavaScript a short URL still reaches the page', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${origin}/stap/analyse/`);
    await p.waitForURL(`${origin}/hoe/analyse/`);
    await noJs.close();
  });
});
