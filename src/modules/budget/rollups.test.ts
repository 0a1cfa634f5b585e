import { describe, expect, it } from 'vitest';
import { ROLLUP_GRAINS, rollupGrainsFor } from './rollups.js';

const drops = (dimensions: Parameters<typeof rollupGrainsFor>[0]) => rollupGrainsFor(dimensions).map((g) => g.drops);

describe('rollupGrainsFor', () => {
  it('lists the grains that keep every dimension used; the finest keeps them all', () => {
    expect(drops(['subtitulo', 'mes', 'tecnologia', 'tipo', 'moneda', 'anio'])).toEqual([['partida', 'capitulo', 'programa'], ['item', 'asignacion'], []]);
    expect(drops(['partida', 'capitulo', 'programa', 'subtitulo', 'moneda'])).toEqual([['item', 'asignacion'], []]);
    expect(drops(['asignacion', 'mes'])).toEqual([['partida', 'capitulo', 'programa'], []]);
    expect(drops(['programa', 'item'])).toEqual([[]]);
  });

  it('has distinct ids', () => {
    expect(new Set(ROLLUP_GRAINS.map((g) => g.id)).size).toBe(ROLLUP_GRAINS.length);
  });
});
