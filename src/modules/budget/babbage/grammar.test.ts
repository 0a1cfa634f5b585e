import { describe, expect, it } from 'vitest';
import { BabbageQueryError, parseAggregateQuery, parseCuts, parseDrilldown, parseFactsQuery, parseMembersQuery, parseOrder, pageOf } from './grammar.js';

const errorOf = (f: () => unknown) => {
  try { f(); } catch (err) { if (err instanceof BabbageQueryError) return { part: err.part, message: err.message }; throw err; }
  throw new Error('no error');
};

describe('cut', () => {
  it('reads dimensions, dim.code refs, several values and quotes', () => {
    expect(parseCuts('tipo:gasto|partida.code:01;"02"|tecnologia:true')).toEqual([
      { dimension: 'tipo', values: ['gasto'] }, { dimension: 'partida', values: ['01', '02'] }, { dimension: 'tecnologia', values: ['true'] },
    ]);
    expect(parseCuts(undefined)).toEqual([]);
    expect(parseCuts('mes:03;3')).toEqual([{ dimension: 'mes', values: ['3'] }]);
  });

  it.each([
    ['color:rojo', /unknown dimension "color"/],
    ['partida', /"partida" is not dimension:value/],
    [':01', /is not dimension:value/],
    ['partida:', /has no value/],
    ['partida.label:X', /cut by code/],
    ['partida.foo:01', /unknown attribute "partida.foo"/],
    ['tipo:gastos', /"gastos" is not a value of tipo: expected ingreso or gasto/],
    ['tecnologia:yes', /expected true or false/],
    ['moneda:EUR', /expected CLP or USD/],
    ['mes:13', /a month 1–12/],
    ['anio:17', /a year/],
    ["partida:01' or 1=1", /is not a value of partida/],
    ['tipo:gasto|tipo:ingreso', /tipo is cut twice/],
  ])('refuses %s, naming the problem', (cut, message) => {
    const e = errorOf(() => parseCuts(cut));
    expect(e.part).toBe('cut');
    expect(e.message).toMatch(message);
  });
});

describe('drilldown, aggregates and order', () => {
  it('dedupes drilldown refs and accepts attribute refs', () => {
    expect(parseDrilldown('partida|subtitulo.code|partida')).toEqual(['partida', 'subtitulo']);
    expect(errorOf(() => parseDrilldown('partida|x'))).toMatchObject({ part: 'drilldown', message: expect.stringContaining('"x"') });
  });

  it('defaults aggregates to every sum and the count, and refuses unknown ones', () => {
    expect(parseAggregateQuery({}).aggregates).toEqual(['inicial.sum', 'vigente.sum', 'ejecutado.sum', '_count']);
    expect(parseAggregateQuery({ aggregates: '_count|inicial.sum' }).aggregates).toEqual(['_count', 'inicial.sum']);
    expect(errorOf(() => parseAggregateQuery({ aggregates: 'inicial.avg' }))).toMatchObject({ part: 'aggregates' });
  });

  it('orders by drilled attributes and returned aggregates only', () => {
    const scope = { dimensions: ['partida'] as const, aggregates: ['inicial.sum'] as const };
    expect(parseOrder('inicial.sum:desc,partida.label', scope)).toEqual([
      { key: { kind: 'aggregate', aggregate: 'inicial.sum' }, direction: 'desc' },
      { key: { kind: 'attribute', dimension: 'partida', attribute: 'label' }, direction: 'asc' },
    ]);
    expect(errorOf(() => parseOrder('partida:up', scope)).message).toMatch(/asc or desc/);
    expect(errorOf(() => parseOrder('vigente.sum', scope)).message).toMatch(/ask for it in aggregates/);
    expect(errorOf(() => parseOrder('tipo', scope)).message).toMatch(/drilled-down dimension/);
    expect(parseFactsQuery({ order: 'inicial:desc,tipo' }).order).toHaveLength(2);
  });
});

describe('pages and defaults', () => {
  it('defaults to page 1 of 100 and clamps pagesize to 10,000 as Babbage does', () => {
    expect(pageOf({})).toEqual({ page: 1, pageSize: 100 });
    expect(pageOf({ page: 3, pagesize: 50_000 })).toEqual({ page: 3, pageSize: 10_000 });
  });

  it('sums pesos only unless moneda is cut or drilled down', () => {
    expect(parseAggregateQuery({ cut: 'tipo:gasto' }).cuts).toContainEqual({ dimension: 'moneda', values: ['CLP'] });
    expect(parseAggregateQuery({ cut: 'moneda:USD' }).cuts).toEqual([{ dimension: 'moneda', values: ['USD'] }]);
    expect(parseAggregateQuery({ drilldown: 'moneda' }).cuts).toEqual([]);
  });

  it('lists members of a known dimension only', () => {
    expect(parseMembersQuery('partida', {}).drilldown).toEqual(['partida']);
    expect(errorOf(() => parseMembersQuery('nope', {})).message).toMatch(/unknown dimension "nope"/);
  });
});
