import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { parseAggregateQuery, parseFactsQuery } from './grammar.js';
import { amount } from './present.js';
import { aggregateSql, factsSql } from './sql.js';

const dialect = new PgDialect({ casing: 'snake_case' });
const cube = { datasetId: 7, year: 2017 };

describe('Babbage SQL', () => {
  it('binds every user value as a parameter, never in the SQL text', () => {
    const q = parseAggregateQuery({ cut: 'partida:01;ZZ9|tipo:gasto', drilldown: 'partida|subtitulo', order: 'partida.label:desc', page: 3, pagesize: 20 });
    const { sql, params } = dialect.sqlToQuery(aggregateSql(cube, q, null));
    expect(params).toEqual(expect.arrayContaining(['01', 'ZZ9', 'gasto', 'CLP', 20, 40, 7, '2017']));
    expect(sql).not.toMatch(/ZZ9|'01'|gasto/);
    expect(sql).toMatch(/group by "d_partida", "d_subtitulo"/);
    expect(sql).toMatch(/order by "l_partida" desc, "d_partida" asc, "d_subtitulo" asc/);
  });

  it('builds one statement for facts, with the count in it', () => {
    const { sql } = dialect.sqlToQuery(factsSql(cube, parseFactsQuery({ cut: 'mes:3' })));
    expect(sql.match(/;/g)).toBeNull();
    expect(sql).toMatch(/count\(\*\)::int from/);
  });

  it('aggregates from a rollup grain, counting its rows\' facts, or from the facts', () => {
    const q = parseAggregateQuery({ drilldown: 'subtitulo', cut: 'tecnologia:true' });
    const rollup = dialect.sqlToQuery(aggregateSql(cube, q, 2));
    expect(rollup.sql).toMatch(/from \(select [\s\S]*, n from "budget_rollups" where dataset_id = \$\d+ and grain = \$\d+\)/);
    expect(rollup.sql).toMatch(/sum\(n\) as n/);
    expect(rollup.params).toContain(2);
    const plain = dialect.sqlToQuery(aggregateSql(cube, q, null)).sql;
    expect(plain).not.toMatch(/budget_rollups/);
    expect(plain).toMatch(/count\(\*\) as n from \(select [\s\S]* from "budget_facts"/);
  });
});

describe('amounts', () => {
  it('are numbers while exact, decimal strings beyond 2^53', () => {
    expect(amount('123456789012')).toBe(123_456_789_012);
    expect(amount('9007199254740993')).toBe('9007199254740993');
    expect(amount(null)).toBeNull();
  });
});
