import { createHash } from 'node:crypto';

// Inline scripts that run; JSON-LD is data (browsers never execute it), so it needs no hash.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * A Content-Security-Policy. Scripts: only our own files and the exact inline scripts
 * given (by hash); Pagefind needs WebAssembly. Styles may be inline
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
 * Put a policy in each page's <head> that allows exactly that page's inline scripts (by hash),
 * and return the header form for the web server: one header for every response, so it allows
 * the inline scripts of all pages (with frame-ancestors). Where both apply the browser enforces
 * both, so each page still runs only its own scripts; and a page carries no other page's hashes
 * (~50 B gzip each).
 */
export function applyContentSecurityPolicy(pages: { html: string }[]): { pages: string[]; headerPolicy: string } {
  const hashes = pages.map(({ html }) => [...new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1])))].sort());
  const all = [...new Set(hashes.flat())].sort();
  return {
    pages: pages.map(({ html }, i) => html.replace(/<head>/, `<head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes[i])}">`)),
    headerPolicy: contentSecurityPolicy(all, { forHeader: true }),
  };
}
