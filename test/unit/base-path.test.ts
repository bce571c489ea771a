import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { basePathPass } from '../../src/integrations/postbuild/base-path';
import { sitePathOf, withBase } from '../../src/content-model/base-path';

describe('a site under a sub-path', () => {
  it('site paths and browser paths translate both ways', () => {
    expect(withBase('/waarom/huisvesting/', '/kennisbank/')).toBe('/kennisbank/waarom/huisvesting/');
    expect(withBase('/', '/kennisbank/')).toBe('/kennisbank/');
    expect(withBase('https://voorbeeld.nl/', '/kennisbank/')).toBe('https://voorbeeld.nl/');
    expect(sitePathOf('/kennisbank/waarom/', '/kennisbank/')).toBe('/waarom/');
    expect(sitePathOf('/kennisbank/', '/kennisbank/')).toBe('/');
  });

  it('every root-relative address in a page gets the base once; others stay as they are', () => {
    const page = parse(`<html><head><meta property="og:image" content="/og.png"><link rel="stylesheet" href="/kennisbank/_astro/a.css"><noscript><meta http-equiv="refresh" content="0;url=/waarom/"></noscript></head>
<body><a href="/waarom/#x">a</a><a href="#y">b</a><a href="https://elders.nl/">c</a><a href="//cdn.test/x">d</a>
<form action="/zoeken/"></form><img src="/img.png" srcset="/a.png 1x, /b.png 2x"><noscript><a href="/bronnen/">e</a></noscript>
<script>import('/pagefind/pagefind-highlight.js');const r=/[?&]markeer=/;</script><script type="application/ld+json">{"url":"/x/"}</script></body></html>`);
    expect(basePathPass(page, '/kennisbank/')).toBe(true);
    const html = page.toString();
    for (const based of ['href="/kennisbank/waarom/#x"', 'content="/kennisbank/og.png"', 'href="/kennisbank/_astro/a.css"', 'url=/kennisbank/waarom/', 'action="/kennisbank/zoeken/"', 'src="/kennisbank/img.png"', 'srcset="/kennisbank/a.png 1x, /kennisbank/b.png 2x"', 'href="/kennisbank/bronnen/"', "import('/kennisbank/pagefind/pagefind-highlight.js')"]) {
      expect(html).toContain(based);
    }
    for (const kept of ['href="#y"', 'href="https://elders.nl/"', 'href="//cdn.test/x"', '/[?&]markeer=/', '{"url":"/x/"}']) expect(html).toContain(kept);
    expect(html).not.toContain('/kennisbank/kennisbank/');
  });

  it('at the root of a domain the pass changes nothing', () => {
    const page = parse('<a href="/waarom/">a</a>');
    expect(basePathPass(page, '/')).toBe(false);
    expect(page.toString()).toBe('<a href="/waarom/">a</a>');
  });
});
