import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { squarify } from './treemap.js';

const bounds = { x: 0, y: 0, width: 600, height: 400 };

describe('squarified treemap', () => {
  it('gives each positive value an area proportional to it, inside the bounds, without overlaps', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 40 }), (values) => {
      const tiles = squarify(values, (v) => v, bounds);
      const total = values.reduce((a, b) => a + b, 0);
      expect(tiles.length).toBe(values.filter((v) => v > 0).length);
      for (const t of tiles) {
        expect(t.width * t.height).toBeCloseTo((t.item / total) * 600 * 400, 3);
        expect(t.x).toBeGreaterThanOrEqual(-1e-6);
        expect(t.y).toBeGreaterThanOrEqual(-1e-6);
        expect(t.x + t.width).toBeLessThanOrEqual(600 + 1e-6);
        expect(t.y + t.height).toBeLessThanOrEqual(400 + 1e-6);
      }
      for (const a of tiles) for (const b of tiles) {
        if (a === b) continue;
        const overlap = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
          Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
        expect(overlap).toBeLessThan(1e-3);
      }
    }));
  });

  it('keeps equal values square-ish and drops zeros and negatives', () => {
    const tiles = squarify([1, 1, 1, 1, 0, -3], (v) => v, { x: 0, y: 0, width: 100, height: 100 });
    expect(tiles).toHaveLength(4);
    for (const t of tiles) expect(Math.max(t.width / t.height, t.height / t.width)).toBeLessThan(1.01);
  });
});
