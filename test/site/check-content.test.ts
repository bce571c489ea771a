import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (contentDir?: string) =>
  spawnSync('npm', ['run', '--silent', 'check:content'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...(contentDir && { GUIDE_CONTENT_DIR: contentDir }), NO_COLOR: '1' },
    timeout: 60_000,
  });

describe('npm run check:content (editors: feedback without a build)', () => {
  it('passes on content/ and says how long it took (budget: 10 s)', () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    const seconds = Number(/\((\d+(?:\.\d+)?) s\)/.exec(result.stdout)?.[1]);
    expect(seconds).toBeLessThan(10);
  });

  it('fails on a broken copy, naming file:line of each problem once, in Dutch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-content-cli-'));
    try {
      cpSync(join(root, 'test', 'fixtures', 'content-minimal'), dir, { recursive: true });
      const page = join(dir, 'pages', 'waarom.mdx');
      const text = readFileSync(page, 'utf8');
      const line = text.split('\n').findIndex((l) => l.includes('(thema:2)')) + 1;
      writeFileSync(page, text.replace('(thema:2)', '(thema:9)'));
      const result = run(dir);
      expect(result.status).toBe(1);
      const message = `pages/waarom.mdx:${line}: onbekende verwijzing "thema:9": thema 9 bestaat niet`;
      expect(result.stderr).toContain(message);
      expect(result.stderr.split(message).length - 1).toBe(1);
      expect(result.stderr).toMatch(/Eén fout in de inhoud/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
