import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDipresLey } from './dipres-ley.js';
import type { BudgetFact, ParsedBudget, ParseResult } from './types.js';

const LEY = new URL('../../../../../shared/data/budget/ley/', import.meta.url);
const YEARS = [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2017];
const read = (name: string): Buffer => readFileSync(new URL(name, LEY));

function parsed(result: ParseResult): ParsedBudget {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.budget;
}

/**
 * The test's own reading, deliberately different from the parser's: the file is in hierarchy order, so a row is a
 * leaf when the next non-blank row is not one of its children (deeper, with the same codes above). Amounts are
 * turned into pesos by moving the decimal comma (no rounding needed: the files have at most three decimals).
 */
function independentSums(year: number): { clp: Map<string, bigint>; usd: Map<string, bigint>; gastos: bigint; ingresos: bigint } {
  const rows = read(`${year}.csv`).toString('latin1').split('\r\n').slice(1).filter((l) => l.trim() !== '').map((l) => l.split(';'));
  const depth = (r: string[]): number => (r[4] === '' ? 4 : r[5] === '' ? 5 : 6);
  const pesos = (s: string): bigint => {
    const [int, frac = ''] = s.split(',');
    expect(frac.length).toBeLessThanOrEqual(3);
    return BigInt(int + frac.padEnd(3, '0'));
  };
  const clp = new Map<string, bigint>();
  const usd = new Map<string, bigint>();
  let gastos = 0n;
  let ingresos = 0n;
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    const child = next !== undefined && depth(next) > depth(r) && next.slice(0, depth(r)).join() === r.slice(0, depth(r)).join();
    if (child) return;
    clp.set(r[0], (clp.get(r[0]) ?? 0n) + pesos(r[7]));
    usd.set(r[0], (usd.get(r[0]) ?? 0n) + pesos(r[8]));
    if (Number(r[3]) >= 21) gastos += pesos(r[7]);
    else ingresos += pesos(r[7]);
  });
  return { clp, usd, gastos, ingresos };
}

const sumBy = (facts: BudgetFact[], keep: (f: BudgetFact) => boolean): Map<string, bigint> => {
  const sums = new Map<string, bigint>();
  for (const f of facts.filter(keep)) sums.set(f.partida, (sums.get(f.partida) ?? 0n) + f.inicial!);
  return sums;
};
const dropZeros = (m: Map<string, bigint>): Map<string, bigint> => new Map([...m].filter(([, v]) => v !== 0n));

describe('parseDipresLey on every real Ley file', () => {
  it.each(YEARS)('%i: leaf sums per partida, in pesos and dollars, match an independent reading', (year) => {
    const budget = parsed(parseDipresLey(read(`${year}.csv`), { year }));
    const expected = independentSums(year);
    expect(budget.year).toBe(year);
    expect(sumBy(budget.facts, (f) => f.moneda === 'CLP')).toEqual(expected.clp);
    expect(dropZeros(sumBy(budget.facts, (f) => f.moneda === 'USD'))).toEqual(dropZeros(expected.usd));
    const total = (tipo: BudgetFact['tipo']): bigint =>
      budget.facts.filter((f) => f.tipo === tipo && f.moneda === 'CLP').reduce((s, f) => s + f.inicial!, 0n);
    expect(total('gasto')).toBe(expected.gastos);
    expect(total('ingreso')).toBe(expected.ingresos);
    expect(budget.facts.every((f) => (Number(f.subtitulo) >= 21) === (f.tipo === 'gasto'))).toBe(true);
    expect(budget.facts.every((f) => f.mes === null && f.vigente === null && f.ejecutado === null)).toBe(true);
  });

  it('2017: one label per row, 29 partidas, subtítulo 22 a leaf, 29 down to ítem', () => {
    const budget = parsed(parseDipresLey(read('2017.csv'), { year: 2017 }));
    expect(budget.labels).toHaveLength(9283); // SOURCES.md: 9,283 rows
    expect(new Set(budget.facts.map((f) => f.partida)).size).toBe(29);
    const first = budget.facts.filter((f) => f.partida === '01' && f.capitulo === '01' && f.programa === '01');
    expect(first.find((f) => f.subtitulo === '22')).toMatchObject({ item: '', asignacion: '', tipo: 'gasto' });
    const sub29 = budget.facts.filter((f) => f.subtitulo === '29');
    expect(sub29.length).toBeGreaterThan(0);
    expect(sub29.every((f) => f.item !== '' && f.asignacion === '')).toBe(true);
    expect(budget.labels.find((l) => l.partida === '27' && l.asignacion === '005' && l.item === '01')?.label).toBe('Programa "4 a 7"');
  });

  it('"0,001" is one peso (SOURCES.md: the symbolic appropriations, e.g. Por Anticipos a Contratistas)', () => {
    const text = `${read('2017.csv').toString('latin1').split('\r\n')[0]}\r\n05;61;02;32;06;;Por Anticipos a Contratistas;0,001;0\r\n`;
    const [fact] = parsed(parseDipresLey(Buffer.from(text, 'latin1'), { year: 2017 })).facts;
    expect(fact).toMatchObject({ subtitulo: '32', item: '06', tipo: 'gasto', moneda: 'CLP', inicial: 1n, line: 2 });
  });

  it('2017: the dollar column yields USD facts, two facts where a leaf has both currencies', () => {
    const facts = parsed(parseDipresLey(read('2017.csv'), { year: 2017 })).facts;
    const usd = facts.filter((f) => f.moneda === 'USD');
    expect(usd).toHaveLength(172); // leaves with a non-zero Monto Dólar (all rows: 279)
    expect(usd.every((f) => f.inicial !== 0n)).toBe(true);
    const both = usd.filter((u) => facts.some((c) => c.moneda === 'CLP' && c.line === u.line));
    expect(both).toHaveLength(127);
  });

  it('2012 and 2013: the ~300 blank " " lines are skipped, line numbers still point into the file', () => {
    for (const year of [2012, 2013]) {
      const text = read(`${year}.csv`).toString('latin1');
      expect(text.split('\r\n').filter((l) => l === ' ').length).toBeGreaterThan(300);
      const budget = parsed(parseDipresLey(read(`${year}.csv`), { year }));
      const fact = budget.facts[0];
      expect(text.split('\r\n')[fact.line - 1].startsWith(`${fact.partida};${fact.capitulo};${fact.programa};${fact.subtitulo};`)).toBe(true);
    }
  });
});

describe('parseDipresLey rejects bad files whole', () => {
  const ley2017 = read('2017.csv').toString('latin1');
  const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

  it('the HTML page published as 2016.csv: not_csv on line 1', () => {
    const result = parseDipresLey(read('2016-not-a-csv.html'), { year: 2016 });
    expect(result).toEqual({ ok: false, problems: [{ line: 1, code: 'not_csv', message: expect.stringMatching(/not a CSV.*HTML/) }] });
  });

  it('a file cut in the middle of a line: truncated, with that line', () => {
    const cut = ley2017.slice(0, Math.floor(ley2017.length / 2));
    const lastLine = cut.split('\n').length;
    const result = parseDipresLey(latin1(cut), { year: 2017 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code: 'truncated', line: lastLine }));
  });

  it('wrong header: columns', () => {
    const result = parseDipresLey(latin1(ley2017.replace('Monto Pesos', 'Monto')), { year: 2017 });
    expect(result).toMatchObject({ ok: false, problems: [{ line: 1, code: 'columns' }] });
  });

  it('every bad amount and row, with its line, not just the first', () => {
    const lines = ley2017.split('\r\n');
    lines[2] = lines[2].replace(/;126199;0$/, ';12x;0');
    lines[10] = lines[10].replace(/;0$/, ';1.5');
    lines[20] = lines[20].split(';').slice(0, 8).join(';');
    lines[30] = '01;01;01;17;;;BAD;1;0';
    const result = parseDipresLey(latin1(lines.join('\r\n')), { year: 2017 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([[3, 'amount'], [11, 'amount'], [21, 'columns'], [31, 'code']]);
    expect(result.problems[0].message).toContain('"12x"');
  });

  it('caps the list at 100 problems with a final "and N more"', () => {
    const bad = ley2017.replace(/;0\r\n/g, ';x\r\n');
    const result = parseDipresLey(latin1(bad), { year: 2017 });
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]).toMatchObject({ code: 'more', message: expect.stringMatching(/^and \d+ more problems$/) });
  });

  it('the same code twice would double count: duplicate', () => {
    const lines = ley2017.split('\r\n');
    lines.splice(3, 0, lines[2]);
    expect(parseDipresLey(latin1(lines.join('\r\n')), { year: 2017 })).toMatchObject({ ok: false, problems: [{ line: 4, code: 'duplicate' }] });
  });
});

describe('throughput', () => {
  it('parses every Ley file and reports rows per second', () => {
    const files = YEARS.map((year) => ({ year, bytes: read(`${year}.csv`) }));
    const started = performance.now();
    let rows = 0;
    for (const { year, bytes } of files) rows += parsed(parseDipresLey(bytes, { year })).labels.length;
    const seconds = (performance.now() - started) / 1000;
    console.log(`dipres-ley: ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s`);
    expect(rows).toBe(68_933); // every data row of the eight files
  });
});
