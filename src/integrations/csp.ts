import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../utils/html-files';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The Content-Security-Policy for the whole site. Scripts: only our own files and the exact
 * inline scripts of this build (by hash); Pagefind needs WebAssembly. Styles may be inline
 * (style attributes carry the gear colours); no plugins, no framing, no foreign forms.
 */
export function contentSecurityPolicy(scriptHashes: string[], { forHeader = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // frame-ancestors only works as a header, not in a <meta> tag.
  if (forHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

export const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Hash every inline script of the build, put the policy in each page and in dist/_headers. */
export default function csp(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const hashes = [...new Set(pages.flatMap(({ html }) => [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]))))].sort();
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
        for (const { file, html } of pages) writeFileSync(file, html.replace(/<head>/, `<head>${meta}`));
        const header = contentSecurityPolicy(hashes, { forHeader: true });
        writeFileSync(
          join(root, '_headers'),
          `/*\n  Content-Security-Policy: ${header}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
        );
      },
    },
  };
}
