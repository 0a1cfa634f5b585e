import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDipresEjecucion } from './dipres-ejecucion.js';
import { parseDipresLey } from './dipres-ley.js';
import { readImportFiles } from './files.js';
import type { BudgetFact, ParsedBudget, ParseResult } from './types.js';

const DATA = new URL('../../../../../shared/data/budget/', import.meta.url);
const ORIGINAL = new URL('ejecucion-2017/original/', DATA).pathname;

function parsed(result: ParseResult): ParsedBudget {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.budget;
}

const files = await readImportFiles(ORIGINAL);
const budget = parsed(parseDipresEjecucion(files, { year: 2017 }));
const programOf = (f: { partida: string; capitulo: string; programa: string }, moneda: string): string =>
  `${f.partida}.${f.capitulo}.${f.programa} ${moneda}`;

/** Totals per program and currency from the merged UTF-8 file, leaves found by looking at the next row of the same file. */
function mergedTotals(): Map<string, [bigint, bigint, bigint]> {
  const rows = readFileSync(new URL('ejecucion-2017/ejecucion_abril_2017_merged_utf8.csv', DATA), 'utf8')
    .trim().split('\n').slice(1).map((l) => l.split(';'));
  expect(rows).toHaveLength(11_456); // SOURCES.md, including the 338 RESULTADO rows
  const depth = (r: string[]): number => (r[4] === '' ? 4 : r[5] === '' ? 5 : 6);
  const totals = new Map<string, [bigint, bigint, bigint]>();
  rows.forEach((r, i) => {
    if (r[7] === 'RESULTADO') return;
    const next = rows[i + 1];
    if (next[11] === r[11] && next[7] !== 'RESULTADO' && depth(next) > depth(r)) return;
    const key = programOf({ partida: r[0], capitulo: r[1], programa: r[2] }, r[6] === 'D' ? 'USD' : 'CLP');
    const sums = totals.get(key) ?? [0n, 0n, 0n];
    totals.set(key, [sums[0] + BigInt(r[8]) * 1000n, sums[1] + BigInt(r[9]) * 1000n, sums[2] + BigInt(r[10]) * 1000n]);
  });
  return totals;
}

describe('parseDipresEjecucion on the 338 files of April 2017', () => {
  it('reads the folder: totals per program and currency match the merged file', () => {
    expect(files).toHaveLength(338);
    const totals = new Map<string, [bigint, bigint, bigint]>();
    for (const f of budget.facts) {
      const key = programOf(f, f.moneda);
      const sums = totals.get(key) ?? [0n, 0n, 0n];
      totals.set(key, [sums[0] + f.inicial!, sums[1] + f.vigente!, sums[2] + f.ejecutado!]);
    }
    expect(totals).toEqual(mergedTotals());
  });

  it('marks facts as cumulative to April (mes 4), with the year from the caller', () => {
    expect(budget.year).toBe(2017);
    expect(budget.facts.every((f) => f.mes === 4)).toBe(true);
  });

  it('Moneda D gives USD facts: 15 files in dollars, 13 of them a second file of a program also in pesos', () => {
    const programs = (moneda: string): Set<string> =>
      new Set(budget.facts.filter((f) => f.moneda === moneda).map((f) => programOf(f, '')));
    const usd = programs('USD');
    const clp = programs('CLP');
    expect(usd.size).toBe(15);
    expect([...usd].filter((p) => clp.has(p))).toHaveLength(13);
  });

  it('keeps negative amounts, trims padded names, and never makes a fact of RESULTADO', () => {
    expect(budget.facts.some((f) => f.ejecutado! < 0n)).toBe(true);
    expect(budget.labels.every((l) => l.label === l.label.trim() && l.label !== '')).toBe(true);
    expect(budget.labels.some((l) => l.label === 'RESULTADO')).toBe(false);
    expect(budget.labels.find((l) => programOf(l, '') === '05.31.01 ' && l.subtitulo === '09' && l.item === '')?.label).toBe('APORTE FISCAL');
  });

  it('reads a single file, and rejects one whose RESULTADO does not balance', () => {
    const one = files.find((f) => f.name === 'articles-159962_doc_csv.csv')!;
    expect(parsed(parseDipresEjecucion([one], { year: 2017 })).facts.map((f) => [f.subtitulo, f.item, f.moneda, f.ejecutado])).toEqual([
      ['09', '01', 'USD', 26_074_000n], ['12', '07', 'USD', 0n], ['21', '', 'USD', 886_000n],
      ['22', '', 'USD', 184_000n], ['29', '03', 'USD', 0n], ['32', '07', 'USD', 0n],
    ]);
    const wrong = Buffer.from(Buffer.from(one.bytes).toString('latin1').replace(';25004\n', ';25005\n'), 'latin1');
    expect(parseDipresEjecucion([{ name: one.name, bytes: wrong }], { year: 2017 })).toMatchObject({
      ok: false, problems: [{ code: 'resultado', line: 12, message: expect.stringContaining(one.name) }],
    });
  });

  it('rejects a cut file, and the same file given twice', () => {
    const one = files[5];
    const cut = one.bytes.subarray(0, Math.floor(one.bytes.length / 2));
    const result = parseDipresEjecucion([{ name: one.name, bytes: cut }], { year: 2017 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['truncated', 'resultado']);
    const twice = parseDipresEjecucion([one, { ...one, name: 'copy.csv' }], { year: 2017 });
    expect(twice.ok === false && twice.problems.every((p) => p.code === 'duplicate')).toBe(true);
  });
});

describe('execution inicial vs the 2017 Ley', () => {
  // The execution report may go deeper than the Ley (SOURCES.md: in the Ley subtítulo 22 is only a total), so the
  // execution leaves are added up to each Ley leaf they fall under before comparing.
  it('equals the Ley amount for every Ley leaf the execution covers but three, in pesos and in dollars', () => {
    const ley = parsed(parseDipresLey(readFileSync(new URL('ley/2017.csv', DATA)), { year: 2017 }));
    const path = (f: BudgetFact): string[] => [f.moneda, f.partida, f.capitulo, f.programa, f.subtitulo, f.item, f.asignacion];
    const leyLeaves = new Map(ley.facts.map((f) => [path(f).join('.').replace(/\.+$/, ''), f.inicial]));
    const covered = new Map<string, bigint>();
    for (const f of budget.facts) {
      const parts = path(f);
      for (let depth = parts.length; depth >= 5; depth--) {
        const key = parts.slice(0, depth).join('.').replace(/\.+$/, '');
        if (!leyLeaves.has(key)) continue;
        covered.set(key, (covered.get(key) ?? 0n) + f.inicial!);
        break;
      }
    }
    const differ = [...covered].filter(([key, inicial]) => leyLeaves.get(key) !== inicial);
    console.log(`Ley leaves: ${leyLeaves.size}, covered by execution: ${covered.size}, inicial differs: ${differ.length}`, differ.slice(0, 5));
    expect(covered.size).toBeGreaterThan(leyLeaves.size * 0.9);
    // Three exceptions, checked by hand in the files: the dollar report of 50.01.01 lists only asignación 071
    // (1,000,000 kUSD) under ítem 05.02 whose total is 1,280,010 kUSD as in the Ley, so its leaves miss 280,010; and
    // 05.73.02 (a regional program) has 32.06.001/002 at 0 where the Ley has +800,000 and −800,000 (net 0 either way).
    expect(differ).toEqual([
      ['USD.50.01.01.05.02', 1_000_000_000n],
      ['CLP.05.73.02.32.06.001', 0n],
      ['CLP.05.73.02.32.06.002', 0n],
    ]);
  });
});
