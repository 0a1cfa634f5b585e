import { describe, expect, it } from 'vitest';
import { apiUrl, cutsOf, nextLevel, pathOf, viewUrl, type ExplorerState } from './state.js';

describe('explorer state in the URL', () => {
  it('reads the path as the contiguous prefix of levels given', () => {
    expect(pathOf({ partida: '07', capitulo: '01', subtitulo: '22' })).toEqual([{ level: 'partida', code: '07' }, { level: 'capitulo', code: '01' }]);
    expect(nextLevel(pathOf({ partida: '07', capitulo: '01' }))).toBe('programa');
    expect(nextLevel(pathOf({ partida: '07', capitulo: '01', programa: '01', subtitulo: '29', item: '06', asignacion: '001' }))).toBeNull();
  });

  it('round-trips a view through its URL and names the same cut in the API link', () => {
    const state: ExplorerState = { cube: 'dipres-2017-ley', tipo: 'gasto', measure: 'inicial', path: pathOf({ partida: '', capitulo: '', programa: '', subtitulo: '22' }) };
    const url = new URL(viewUrl('/instituciones/dipres/presupuesto/2017', state), 'http://x');
    expect(pathOf(Object.fromEntries(url.searchParams))).toEqual(state.path);
    expect(cutsOf(state)).toEqual([{ dimension: 'subtitulo', values: ['22'] }, { dimension: 'tipo', values: ['gasto'] }, { dimension: 'moneda', values: ['CLP'] }]);
    const api = new URL(apiUrl(state, 'item', 'csv'), 'http://x');
    expect(api.pathname).toBe('/api/3/cubes/dipres-2017-ley/aggregate');
    expect(Object.fromEntries(api.searchParams)).toEqual({ cut: 'subtitulo:22|tipo:gasto|moneda:CLP', drilldown: 'partida|capitulo|programa|subtitulo|item', order: 'inicial.sum:desc', format: 'csv' });
  });
});
