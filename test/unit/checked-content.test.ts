import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentOnce } from '../../src/integrations/guide-content/checked-content';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'content-minimal');
let dir: string;
let previousCache: string | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'checked-content-'));
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  previousCache = process.env.GUIDE_CACHE_DIR;
  process.env.GUIDE_CACHE_DIR = join(dir, 'cache');
});
afterEach(() => {
  if (previousCache === undefined) delete process.env.GUIDE_CACHE_DIR;
  else process.env.GUIDE_CACHE_DIR = previousCache;
  rmSync(dir, { recursive: true, force: true });
});

describe('the content rules run once per state of content/ (check:content, then the build)', () => {
  it('a second check of unchanged content reuses the pass', async () => {
    expect(await checkContentOnce(join(dir, 'content'))).toEqual({ problems: [], reused: false });
    expect(await checkContentOnce(join(dir, 'content'))).toEqual({ problems: [], reused: true });
  });

  it('a changed file is checked again, and a failed check is never remembered', async () => {
    const content = join(dir, 'content');
    await checkContentOnce(content);
    const page = join(content, 'pages', 'waarom.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('(thema:2)', '(thema:9)'));
    for (let run = 0; run < 2; run++) {
      const { problems, reused } = await checkContentOnce(content);
      expect(reused).toBe(false);
      expect(problems).toEqual([expect.stringMatching(/pages\/waarom\.mdx:\d+: onbekende verwijzing "thema:9"/)]);
    }
    expect(existsSync(join(dir, 'cache', 'inhoud-gecontroleerd.txt'))).toBe(true);
  });
});
