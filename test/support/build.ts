import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isolatedProject } from './project';

export interface BuildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  ms: number;
}

const BUILD_TIMEOUT_MS = 120_000;
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * `astro build` of a content folder in a private copy of the project under `work` (Astro keeps
 * build state in <root>/.astro/: builds that share a root corrupt each other), writing to
 * work/dist with its own cache. `env` adds settings such as SITE_URL.
 */
export function buildContent(contentDir: string, work: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const started = Date.now();
  const project = isolatedProject(join(work, 'project'));
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: project,
      env: {
        ...process.env,
        GUIDE_CONTENT_DIR: contentDir,
        GUIDE_OUT_DIR: join(work, 'dist'),
        GUIDE_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: BUILD_TIMEOUT_MS,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status, signal) => resolve({ status, signal, output: stripAnsi(output), ms: Date.now() - started }));
  });
}
