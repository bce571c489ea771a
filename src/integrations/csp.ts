import { createHash } from 'node:crypto';

// Inline scripts that run; JSON-LD is data (browsers never execute it), so it needs no hash.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

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

/**
 * Put the policy for these pages (hashes of all their inline scripts) in each page's <head>,
 * and return its header form (with frame-ancestors) for the web server.
 */
export function applyContentSecurityPolicy(pages: { html: string }[]): { pages: string[]; headerPolicy: string } {
  const hashes = [...new Set(pages.flatMap(({ html }) => [...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]))))].sort();
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
  return {
    pages: pages.map(({ html }) => html.replace(/<head>/, `<head>${meta}`)),
    headerPolicy: contentSecurityPolicy(hashes, { forHeader: true }),
  };
}
