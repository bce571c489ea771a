import { describe, expect, it } from 'vitest';
import { gearPath, onCircle, wrapLabel } from '../../src/utils/gear';

describe('gear geometry', () => {
  const points = (d: string) => d.replace(/^M|Z$/g, '').split('L').map((p) => p.split(',').map(Number) as [number, number]);

  it('draws 12 teeth: each rises from the root to the tip, stays there, and falls back', () => {
    const d = gearPath(100, 100, 50, 60, 12);
    expect(d).toMatch(/^M[\d.,L-]+Z$/);
    const radii = points(d).map(([x, y]) => Math.round(Math.hypot(x - 100, y - 100)));
    expect(radii).toEqual(Array.from({ length: 12 }, () => [50, 60, 60, 50]).flat());
  });
  it('goes round once, clockwise and without crossing itself, centred on its centre', () => {
    const ps = points(gearPath(20, -10, 50, 60, 10));
    const angles = ps.map(([x, y]) => Math.atan2(y + 10, x - 20)).map((a) => (a < -1e-9 ? a + 2 * Math.PI : a));
    for (let i = 1; i < angles.length; i++) expect(angles[i]).toBeGreaterThan(angles[i - 1]);
    expect(angles.at(-1)!).toBeLessThan(2 * Math.PI);
    const mean = (k: 0 | 1) => ps.reduce((sum, p) => sum + p[k], 0) / ps.length;
    expect(mean(0)).toBeCloseTo(20, 0);
    expect(mean(1)).toBeCloseTo(-10, 0);
  });
  it('places points clockwise from the right', () => {
    expect(onCircle(0, 0, 10, 0)).toEqual({ x: 10, y: 0 });
    expect(onCircle(0, 0, 10, 90)).toEqual({ x: 0, y: 10 });
  });
  it('wraps labels on word boundaries', () => {
    expect(wrapLabel('Uitvoering organiseren en borgen', 12)).toEqual(['Uitvoering', 'organiseren', 'en borgen']);
    expect(wrapLabel('Analyse', 12)).toEqual(['Analyse']);
  });
});
