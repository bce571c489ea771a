import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';
export const deployConf = join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf');
/** The web root written in deploy/nginx.conf (the one path an installer changes). */
export const DEPLOY_ROOT = '/var/www/kennisbank';

/** Debian's nginx; missing is a failure with instructions, never a skip. */
function requireNginx() {
  if (!existsSync(NGINX) || !existsSync(MIME_TYPES)) {
    throw new Error(
      `nginx ontbreekt (${NGINX}, ${MIME_TYPES}). Installeer het met: apt-get update && apt-get install -y nginx ` +
        '(de nginx-test slaat nooit over; .ci/run installeert het).',
    );
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/**
 * deploy/nginx.conf for a test: the build folder as web root, only 127.0.0.1 on the given port.
 * Under a sub-path (`base` "/kennisbank/") the lines marked "(pad)" get it as the file's header
 * tells an installer, and `root` is the folder that holds the build folder under that name.
 */
export function siteConfForTest(root: string, port: number, base = '/'): string {
  let conf = readFileSync(deployConf, 'utf8');
  if (base !== '/') {
    conf = conf.replace(/^(.*)# \(pad\)$/gm, (line) =>
      line.includes(DEPLOY_ROOT) ? line.replace(`${DEPLOY_ROOT}/`, `${DEPLOY_ROOT}${base}`) : line.replace(/ \/(?=\S)/, ` ${base}`),
    );
  }
  for (const needle of [DEPLOY_ROOT, 'listen 80;', 'listen [::]:80;']) {
    if (!conf.includes(needle)) throw new Error(`deploy/nginx.conf: "${needle}" niet gevonden (de test vervangt het)`);
  }
  return conf
    .replaceAll(DEPLOY_ROOT, root)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '');
}

/** The main configuration around it: foreground, private prefix, pid and temp folders under `dir`. */
function mainConf(dir: string, site: string): string {
  const temp = (name: string) => join(dir, 'tmp', name);
  return `# Written by test/support/nginx.ts
daemon off;
master_process on;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
${process.getuid?.() === 0 ? `user ${userInfo().username};` : ''}
events { worker_connections 64; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${site};
}
`;
}

export interface RunningNginx {
  origin: string;
  /** Output of `nginx -t` for this configuration. */
  configTest: string;
  stop: () => Promise<void>;
}

/**
 * Start Debian's nginx with deploy/nginx.conf serving `root`, as a child process in the
 * foreground, bound to 127.0.0.1 only; resolves once it answers. `stop()` ends it and removes
 * its folder.
 */
export async function startNginx(root: string, base = '/'): Promise<RunningNginx> {
  requireNginx();
  const dir = mkdtempSync(join(tmpdir(), 'kennisbank-nginx-'));
  mkdirSync(join(dir, 'tmp'));
  mkdirSync(join(dir, 'logs'));
  const port = await freePort();
  const site = join(dir, 'site.conf');
  const main = join(dir, 'nginx.conf');
  writeFileSync(site, siteConfForTest(root, port, base));
  writeFileSync(main, mainConf(dir, site));
  const args = ['-p', `${dir}/`, '-e', 'stderr', '-c', main];

  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  const configTest = `${check.stdout}${check.stderr}`;
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t keurt de configuratie af:\n${configTest}`);
  }

  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx stopte meteen:\n${stderr}`);
    }
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      return { origin, configTest, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`nginx antwoordt niet op ${origin}:\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
