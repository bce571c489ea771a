import { describe, expect, it } from 'vitest';
import { gearPath, onCircle, wrapLabel } from '../../src/utils/gear';

describe('gear geometry', () => {
  it('draws a closed path with four points per tooth', () => {
    const d = gearPath(100, 100, 50, 60, 12);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.split('L')).toHaveLength(48);
  });
  it('keeps every point between the inner and outer radius', () => {
    const points = gearPath(0, 0, 50, 60, 10).slice(1, -1).split('L').map((p) => p.split(',').map(Number));
    for (const [x, y] of points) expect(Math.hypot(x, y)).toBeGreaterThan(49.9), expect(Math.hypot(x, y)).toBeLessThan(60.1);
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
