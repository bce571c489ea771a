import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 320, height: 640 } });
await p.goto('file:///work/main/dist/index.html');
console.log(await p.evaluate(`[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).slice(0,8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('\\n')`));
await b.close();
