import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepColours } from '../../src/schemas/common';

// The guide's gear colours are used as text colours: each must reach WCAG AA (4.5:1).
const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'global.css'), 'utf8');
const token = (name: string) => css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('colour tokens', () => {
  for (const name of [...stepColours, 'ink', 'muted', 'link']) {
    it(`${name} has at least 4.5:1 contrast on white and on the light surface`, () => {
      const value = token(name);
      expect(value, `--color-${name} ontbreekt in global.css`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(value!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(value!, token('surface')!)).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('white text on each gear colour (the dashboard labels) reaches 4.5:1', () => {
    for (const name of stepColours) expect(contrast('#ffffff', token(name)!), name).toBeGreaterThanOrEqual(4.5);
  });
});
