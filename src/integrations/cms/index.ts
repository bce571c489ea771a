import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { site } from '../../config/site.mjs';
import { headersFileRule, securityHeaders, writeNginxHeaders, type Header } from '../shared/headers';

/*
 * Sveltia CMS at /admin/, served from the npm package (no CDN): the page, the configuration
 * (src/integrations/cms/config.yml plus the backend from REPOSITORY_URL), the script and its Dutch
 * translations. It is written after the site's own post-build pass, so it keeps its own,
 * looser Content-Security-Policy and never counts as a page of the site (search, sitemap, budgets).
 */

const require = createRequire(import.meta.url);
const packageDir = join(dirname(require.resolve('@sveltia/cms')), '..');
const configFile = join(import.meta.dirname, 'config.yml');

/** What the CMS may load: its own files, GitHub's API (sign-in, reading and saving) and avatars. */
export const adminContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const adminHeaders = (): Header[] => [
  ...securityHeaders(`${adminContentSecurityPolicy}; frame-ancestors 'none'`),
  ['X-Robots-Tag', 'noindex'],
  ['Cache-Control', 'no-cache'],
];

/** owner/name of a GitHub repository address, or undefined for anything else. */
export function githubRepo(repository: string | undefined): string | undefined {
  const match = repository?.match(/^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The CMS configuration: the collections of src/integrations/cms/config.yml and the GitHub backend. */
export function cmsConfig(repo: string, branch = site.branch): Record<string, unknown> {
  const collections = parseYaml(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
  // Without an OAuth client (CMS_OAUTH_URL) editors sign in with a personal access token.
  const oauth = process.env.CMS_OAUTH_URL?.trim();
  const backend = { name: 'github', repo, branch, ...(oauth ? { base_url: oauth } : { auth_methods: ['token'] }) };
  return { backend, ...collections };
}

/**
 * Sveltia's script, made to load everything from /admin/ instead of CDNs: its translations, the
 * three fonts of its interface (from the Fontsource npm packages) and its update check.
 * Each address must be found exactly as expected, or the build stops (a new Sveltia version).
 */
export function cmsScript(): string {
  let script = readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8');
  const rewrite = (what: string, pattern: RegExp, expected: number, to: string) => {
    const found = script.match(pattern)?.length ?? 0;
    if (found !== expected) {
      throw new Error(`@sveltia/cms: expected ${expected}× the CDN address of its ${what}, found ${found}; check src/integrations/cms/index.ts against this version.`);
    }
    script = script.replace(pattern, to);
  };
  rewrite('translations', /=`\$\{\w+\}@\$\{\w+\}\/locales`/g, 1, `=\`${site.base}admin/locales\``);
  rewrite('update check', /=`\$\{\w+\}\/package\.json`/g, 1, `=\`${site.base}admin/package.json\``);
  rewrite('fonts', FONT_URL(), fontFiles().length, `${site.base}admin/fonts/$1-$2`);
  return script;
}

const FONT_URL = () => /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([\w-]+\.woff2)/g;

/** The fonts the script asks for, as /admin/fonts/<name> and the file of its Fontsource package. */
export function fontFiles(): { name: string; file: string }[] {
  const script = readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8');
  return [...script.matchAll(FONT_URL())].map(([url, family, file]) => {
    const name = `${family}-${file}`;
    const variable = url.includes(':vf@');
    const pkg = join(packageDir, '..', '..', `@fontsource${variable ? '-variable' : ''}`, family);
    return { name, file: join(pkg, 'files', name) };
  });
}

/** Dutch interface unless the editor picked another language in the CMS settings. */
const dutchByDefault = `try {
  const key = 'sveltia-cms.prefs';
  const prefs = JSON.parse(localStorage.getItem(key) || '{}');
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'nl' }));
} catch {}
`;

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta http-equiv="Content-Security-Policy" content="${adminContentSecurityPolicy}">
    <title>${title}</title>
    ${head}
  </head>
  <body>
${body}
  </body>
</html>
`;

/** Shown instead of the CMS when no GitHub repository is configured: say so, invent nothing. */
const notConfiguredPage = () =>
  page(
    `Redactie niet ingesteld | ${site.title}`,
    '<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.75rem;line-height:1.25;overflow-wrap:break-word}code{background:#f2f2f2;padding:0 .2em;overflow-wrap:anywhere}</style>',
    `    <main>
      <h1>De redactieomgeving is niet ingesteld</h1>
      <p>Het CMS werkt met een GitHub-repository, maar deze versie van de site is gebouwd zonder <code>REPOSITORY_URL</code>.
      Zet bij het bouwen <code>REPOSITORY_URL=https://github.com/&lt;eigenaar&gt;/&lt;naam&gt;</code>; de pijplijn doet dat zelf.</p>
      <p>Je kunt de tekst altijd rechtstreeks in Git wijzigen: zie de README, onderdeel Redactie.</p>
      <p><a href="${site.base}">Naar de handreiking</a></p>
    </main>`,
  );

const cmsPage = () =>
  page(`Redactie | ${site.title}`, '', `    <script src="${site.base}admin/nederlands.js"></script>\n    <script src="${site.base}admin/sveltia-cms.js"></script>`);

/** Every file under /admin/ (path relative to it → contents) for one repository setting. */
export function adminFiles(repository: string | undefined = site.repository, branch = site.branch): Map<string, string | Buffer> {
  const repo = githubRepo(repository);
  const files = new Map<string, string | Buffer>();
  if (!repo) {
    files.set('index.html', notConfiguredPage());
    return files;
  }
  files.set('index.html', cmsPage());
  files.set('config.yml', stringifyYaml(cmsConfig(repo, branch), { aliasDuplicateObjects: false }));
  files.set('sveltia-cms.js', cmsScript());
  files.set('nederlands.js', dutchByDefault);
  files.set('package.json', JSON.stringify({ version: JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version }));
  for (const font of fontFiles()) files.set(`fonts/${font.name}`, readFileSync(font.file));
  const locales = join(packageDir, 'locales');
  for (const name of readdirSync(locales)) files.set(`locales/${name}`, readFileSync(join(locales, name)));
  return files;
}

/** Write /admin/ into a build folder, with its headers for nginx and the _headers file. */
export function writeAdmin(outDir: string, repository: string | undefined = site.repository, branch = site.branch) {
  for (const [path, contents] of adminFiles(repository, branch)) {
    const file = join(outDir, 'admin', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
  writeNginxHeaders(outDir, 'admin-headers.conf', adminHeaders());
  const headersFile = join(outDir, '_headers');
  // _headers rules add up: /admin/* swaps the site's policy for its own and adds only what differs.
  const own = adminHeaders().filter(([name]) => ['Content-Security-Policy', 'X-Robots-Tag'].includes(name));
  if (existsSync(headersFile)) appendFileSync(headersFile, headersFileRule(`${site.base}admin/*`, own, { detach: ['Content-Security-Policy'] }));
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  woff2: 'font/woff2',
};

export default function cms(): AstroIntegration {
  return {
    name: 'guide-cms',
    hooks: {
      // `npm run dev`: the same files from memory, so local-repository editing works without a build.
      'astro:server:setup': ({ server }) => {
        let files: Map<string, string | Buffer> | undefined;
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          const admin = `${site.base}admin/`;
          if (!path.startsWith(admin)) return next();
          files ??= adminFiles();
          const name = path.slice(admin.length) || 'index.html';
          const body = files.get(name);
          if (body === undefined) return next();
          const headers = Object.fromEntries(adminHeaders());
          res.writeHead(200, { ...headers, 'Content-Type': types[name.split('.').pop()!] ?? 'application/octet-stream' });
          res.end(body);
        });
      },
      'astro:build:done': ({ dir }) => writeAdmin(fileURLToPath(dir)),
    },
  };
}
