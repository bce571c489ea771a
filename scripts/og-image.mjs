// Renders public/og.png (1200×630), the image shared links show. Run by hand after a title
// change: `npx node scripts/og-image.mjs` (needs /usr/bin/chromium). The PNG is committed.
import { chromium } from 'playwright-core';

const html = `<!doctype html><html lang="nl"><body style="margin:0;width:1200px;height:630px;display:flex;font-family:system-ui,sans-serif;background:#fff">
<div style="flex:1;padding:72px;display:flex;flex-direction:column;justify-content:space-between">
  <div><p style="margin:0;color:#59636e;font-size:30px">PACT voor Kindcentra · handreiking · december 2020</p>
  <h1 style="margin:24px 0 0;font-size:78px;line-height:1.05;color:#1f2328">Lokaal samenwerken aan kindvoorzieningen</h1>
  <p style="margin:20px 0 0;font-size:40px;color:#1f2328">Regie pakken: waarom en hoe?</p></div>
  <div style="display:flex;gap:14px">${['#b54708', '#7a4a24', '#2f7d32', '#6b3fa0', '#1d5fa8'].map((c) => `<span style="width:56px;height:56px;border-radius:50%;background:${c}"></span>`).join('')}</div>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: new URL('../public/og.png', import.meta.url).pathname });
await browser.close();
console.log('public/og.png geschreven');
