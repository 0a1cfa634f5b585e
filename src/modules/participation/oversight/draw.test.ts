// The draw is reproducible from what the page publishes: recomputed here with node:crypto and the recipe as written
// on the page (not with draw.ts's helpers), on a fixed case and on random lists.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listHashOf, publicIdOf, runDraw } from './draw.js';

/** The recipe as a reader would follow it, with nothing from draw.ts. */
function independent(seed: string, ids: string[], seats: number) {
  const h = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');
  const listHash = h([...ids].sort().join('\n') + '\n');
  const winners = ids.map((id) => [h(`${seed}:${listHash}:${id}`), id] as const).sort((a, b) => a[0].localeCompare(b[0])).slice(0, seats).map(([, id]) => id);
  return { listHash, winners };
}

describe('the draw', () => {
  it('matches an independent recomputation, and a hand-checked list hash', () => {
    const ids = ['V0003', 'V0001', 'V0002'];
    // printf 'V0001\nV0002\nV0003\n' | sha256sum
    expect(listHashOf(ids)).toBe(createHash('sha256').update('V0001\nV0002\nV0003\n').digest('hex'));
    const drawn = runDraw('semilla pública del sorteo 2026', ids, 2);
    const check = independent('semilla pública del sorteo 2026', ids, 2);
    expect(drawn.listHash).toBe(check.listHash);
    expect(drawn.order.filter((e) => e.selected).map((e) => e.publicId)).toEqual(check.winners);
    expect(drawn.order.map((e) => e.rank)).toEqual([1, 2, 3]);
  });

  it('is reproducible and independent of the order the list is given in, on random lists', () => {
    for (let round = 0; round < 50; round++) {
      const n = 1 + (round % 17);
      const ids = Array.from({ length: n }, (_, i) => publicIdOf(i + 1));
      const seed = randomBytes(12).toString('base64');
      const seats = 1 + (round % 5);
      const a = runDraw(seed, ids, seats);
      const b = runDraw(seed, [...ids].reverse(), seats);
      expect(b).toEqual(a);
      expect(a.order.filter((e) => e.selected).map((e) => e.publicId)).toEqual(independent(seed, ids, seats).winners);
    }
  });

  it('changes with the seed and with the list', () => {
    const ids = Array.from({ length: 30 }, (_, i) => publicIdOf(i + 1));
    const winners = (seed: string, list: string[]) => runDraw(seed, list, 5).order.filter((e) => e.selected).map((e) => e.publicId);
    expect(winners('a', ids)).not.toEqual(winners('b', ids));
    expect(winners('a', ids)).not.toEqual(winners('a', [...ids, publicIdOf(31)]));
  });
});
