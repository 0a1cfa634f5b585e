import { describe, expect, it } from 'vitest';
import { parseCabildoCsv } from './cabildo-csv.js';
import type { BudgetFact, ParseResult, ParsedBudget } from './types.js';

// A small municipal budget as a municipality's finance unit would export it: the totals 115/215, subtítulos and
// ítems as parents, leaves down to asignación (one split into sub-asignaciones), twelve monthly execution columns.
// Parents carry the sums of their children, as in real files; the leaves' amounts are the independent reference.

const HEADER = 'codigo,denominacion,inicial,vigente,ene,feb,mar,abr,may,jun,jul,ago,sep,oct,nov,dic';

interface Leaf { code: string; name: string; inicial: bigint; vigente: bigint; months: bigint[] }

/** Deterministic, uneven monthly execution (some months zero, one negative adjustment). */
const leaf = (code: string, name: string, inicial: bigint, vigente: bigint, seed: number): Leaf => ({
  code, name, inicial, vigente,
  months: Array.from({ length: 12 }, (_, m) => ((m * 7 + seed) % 5 === 0 ? 0n : m === 11 && seed === 3 ? -1500n : BigInt((m + 1) * seed * 1_000))),
});

const LEAVES: Leaf[] = [
  leaf('115.03.01.001.001', 'De Beneficio Municipal', 1_800_000_000n, 1_850_000_000n, 11),
  leaf('115.03.01.001.002', 'De Beneficio Fondo Común Municipal', 1_200_000_000n, 1_240_000_000n, 7),
  leaf('115.05.03.002', 'De la Subsecretaría de Desarrollo Regional y Administrativo', 350_000_000n, 410_500_000n, 5),
  leaf('115.08.03', 'Participación del Fondo Común Municipal - Art. 38 D.L. N° 3.063', 9_400_000_000n, 9_400_000_000n, 13),
  leaf('215.21.01', 'Personal de Planta', 6_100_000_000n, 6_250_000_000n, 17),
  leaf('215.22.04.009', 'Insumos, Repuestos y Accesorios Computacionales', 45_000_000n, 52_300_000n, 3),
  leaf('215.22.05.007', 'Acceso a Internet', 38_000_000n, 38_000_000n, 2),
  leaf('215.22.11.002', 'Cursos de Capacitación', 20_000_000n, 18_750_000n, 4),
  leaf('215.22.11.003', 'Servicios Informáticos', 310_000_000n, 342_125_000n, 9),
  leaf('215.29.06.001', 'Equipos Computacionales y Periféricos', 60_000_000n, 75_000_000n, 6),
  leaf('215.29.07.002', 'Sistemas de Información', 90_000_000n, 90_000_000n, 8),
];

const PARENTS: Array<[string, string]> = [
  ['115', 'INGRESOS'], ['115.03', 'C x C Tributos sobre el Uso de Bienes y la Realización de Actividades'],
  ['115.03.01', 'Patentes y Tasas por Derechos'], ['115.03.01.001', 'Patentes Municipales'],
  ['115.05', 'C x C Transferencias Corrientes'], ['115.05.03', 'De Otras Entidades Públicas'],
  ['115.08', 'C x C Otros Ingresos Corrientes'],
  ['215', 'GASTOS'], ['215.21', 'C x P Gastos en Personal'], ['215.22', 'C x P Bienes y Servicios de Consumo'],
  ['215.22.04', 'Materiales de Uso o Consumo'], ['215.22.05', 'Servicios Básicos'],
  ['215.22.11', 'Servicios Técnicos y Profesionales'], ['215.29', 'C x P Adquisición de Activos No Financieros'],
  ['215.29.06', 'Equipos Informáticos'], ['215.29.07', 'Programas Informáticos'],
];

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
/** "1234567" → "1.234.567": municipal exports often keep the thousands dots; every other row does. */
const dotted = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const quote = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

function municipalFile(sep = ','): string {
  const under = (code: string) => LEAVES.filter((l) => l.code.startsWith(`${code}.`));
  const rows = [
    ...PARENTS.map(([code, name]) => {
      const kids = under(code);
      return { code, name, inicial: sum(kids.map((k) => k.inicial)), vigente: sum(kids.map((k) => k.vigente)), months: Array.from({ length: 12 }, (_, m) => sum(kids.map((k) => k.months[m]))) };
    }),
    ...LEAVES,
  ].sort((a, b) => (a.code < b.code ? -1 : 1));
  const lines = rows.map((r, i) => [r.code, quote(r.name), ...[r.inicial, r.vigente, ...r.months].map((n) => (i % 2 === 0 ? dotted(n) : n.toString()))].join(sep));
  return [HEADER.replaceAll(',', sep), ...lines].join('\r\n') + '\r\n';
}

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseCabildoCsv(bytes(text), { year: 2024 });

function ok(result: ParseResult): ParsedBudget {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.budget;
}

const total = (facts: BudgetFact[], measure: 'inicial' | 'vigente' | 'ejecutado') => sum(facts.map((f) => f[measure] ?? 0n));

describe('parseCabildoCsv', () => {
  it('keeps the leaves of a municipal budget, folds sub-asignaciones, and every measure sums to the leaves', () => {
    const budget = ok(parse(municipalFile()));
    expect(budget.year).toBe(2024);
    // 11 leaf rows, the two sub-asignaciones of 03.01.001 folded into one: 10 leaves × (1 yearly + 12 monthly).
    expect(budget.facts).toHaveLength(10 * 13);
    for (const tipo of ['ingreso', 'gasto'] as const) {
      const leaves = LEAVES.filter((l) => l.code.startsWith(tipo === 'ingreso' ? '115.' : '215.'));
      const facts = budget.facts.filter((f) => f.tipo === tipo);
      expect(total(facts, 'inicial')).toBe(sum(leaves.map((l) => l.inicial)));
      expect(total(facts, 'vigente')).toBe(sum(leaves.map((l) => l.vigente)));
      expect(total(facts, 'ejecutado')).toBe(sum(leaves.flatMap((l) => l.months)));
    }
    // Yearly facts carry only inicial/vigente, monthly ones only ejecutado.
    expect(budget.facts.filter((f) => f.mes === null).every((f) => f.ejecutado === null && f.inicial !== null && f.vigente !== null)).toBe(true);
    expect(budget.facts.filter((f) => f.mes !== null).every((f) => f.inicial === null && f.vigente === null && f.ejecutado !== null)).toBe(true);

    const patentes = budget.facts.filter((f) => f.subtitulo === '03');
    expect(patentes).toHaveLength(13);
    expect(patentes[0]).toMatchObject({ item: '01', asignacion: '001', tipo: 'ingreso', mes: null, inicial: 3_000_000_000n, vigente: 3_090_000_000n });
    expect(patentes.find((f) => f.mes === 2)?.ejecutado).toBe(LEAVES[0].months[1] + LEAVES[1].months[1]);

    expect(budget.facts.find((f) => f.subtitulo === '08')).toMatchObject({ item: '03', asignacion: '', tipo: 'ingreso' });
    expect(budget.facts.find((f) => f.subtitulo === '21')).toMatchObject({ item: '01', asignacion: '', tipo: 'gasto' });
  });

  it('reads the technology code 215.22.11.003 at asignación level, with its name and the parents’ names', () => {
    const budget = ok(parse(municipalFile()));
    const informaticos = budget.facts.filter((f) => f.subtitulo === '22' && f.item === '11' && f.asignacion === '003');
    expect(informaticos[0]).toEqual({
      partida: '', capitulo: '', programa: '', subtitulo: '22', item: '11', asignacion: '003', tipo: 'gasto', moneda: 'CLP',
      mes: null, inicial: 310_000_000n, vigente: 342_125_000n, ejecutado: null, line: informaticos[0].line,
    });
    expect(informaticos.filter((f) => f.mes !== null).map((f) => f.ejecutado)).toEqual(LEAVES[8].months);
    const label = (subtitulo: string, item = '', asignacion = '') =>
      budget.labels.find((l) => l.subtitulo === subtitulo && l.item === item && l.asignacion === asignacion)?.label;
    expect(label('22', '11', '003')).toBe('Servicios Informáticos');
    expect(label('22', '11')).toBe('Servicios Técnicos y Profesionales');
    expect(label('22', '04', '009')).toBe('Insumos, Repuestos y Accesorios Computacionales');
    expect(label('03', '01', '001')).toBe('Patentes Municipales');
    expect(budget.labels.every((l) => l.partida === '' && l.capitulo === '' && l.programa === '')).toBe(true);
    // Every row has its label but the totals 115/215 (no subtítulo) and the two sub-asignaciones (folded).
    expect(budget.labels).toHaveLength(PARENTS.length - 2 + LEAVES.length - 2);
  });

  it('accepts codes without the prefix, taking the tipo from the subtítulo, and no month columns', () => {
    const budget = ok(parse('Código,Denominación,Inicial,Vigente,Moneda\n22.11.003,Servicios Informáticos,1000,1200,\n05.03.002,SUBDERE,500,500,CLP\n29.06.001,Equipos,7,8,USD\n'));
    expect(budget.facts).toEqual([
      expect.objectContaining({ subtitulo: '22', item: '11', asignacion: '003', tipo: 'gasto', moneda: 'CLP', mes: null, inicial: 1000n, vigente: 1200n, ejecutado: null, line: 2 }),
      expect.objectContaining({ subtitulo: '05', tipo: 'ingreso', inicial: 500n, line: 3 }),
      expect.objectContaining({ subtitulo: '29', moneda: 'USD', inicial: 7n, vigente: 8n, line: 4 }),
    ]);
  });

  it('reads the same facts from ";", with a BOM, and in latin1', () => {
    const reference = ok(parse(municipalFile()));
    expect(ok(parse(municipalFile(';')))).toEqual(reference);
    expect(ok(parseCabildoCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(municipalFile())]), { year: 2024 }))).toEqual(reference);
    expect(ok(parseCabildoCsv(new Uint8Array(Buffer.from(municipalFile(';'), 'latin1')), { year: 2024 }))).toEqual(reference);
  });

  it('treats an empty month cell as not reported: no fact for that month', () => {
    const budget = ok(parse(`${HEADER}\n215.22.11.003,Servicios Informáticos,100,100,1,2,3,4,5,6,,,,,,\n`));
    expect(budget.facts.map((f) => f.mes)).toEqual([null, 1, 2, 3, 4, 5, 6]);
  });

  describe('rejects the file, listing every problem with its line', () => {
    const problems = (text: string) => {
      const result = parse(text);
      if (result.ok) throw new Error('expected problems');
      return result.problems.map(({ line, code }) => ({ line, code }));
    };

    it('an HTML page saved as .csv', () => {
      expect(problems('\n<!DOCTYPE html>\n<html><body>Error 404</body></html>\n')).toEqual([{ line: 1, code: 'not_csv' }]);
    });

    it('an unterminated quote', () => {
      expect(problems('codigo,denominacion,inicial,vigente\n22.11.003,"Servicios,1,1\n')[0].code).toBe('not_csv');
    });

    it('wrong, duplicated or partial columns', () => {
      expect(problems('codigo,nombre,inicial,vigente\n22.11.003,x,1,1\n')).toEqual([{ line: 1, code: 'columns' }]);
      expect(problems('codigo,denominacion,inicial,inicial,vigente\n')).toEqual([{ line: 1, code: 'columns' }]);
      expect(problems('codigo,denominacion,inicial,vigente,ene,feb\n22.11.003,x,1,1,1,1\n')).toEqual([{ line: 1, code: 'columns' }]);
      expect(problems('')).toEqual([{ line: 1, code: 'empty' }]);
    });

    it('bad codes, prefix against subtítulo, amounts, duplicates and field counts, all at once', () => {
      const text = [
        'codigo;denominacion;inicial;vigente', //               1
        '215.22.11.003;Servicios Informáticos;100;100', //       2
        '215.2.11;Mal código;1;1', //                            3
        '', //                                                   4 (blank: skipped)
        '115.22.11.003;Prefijo de ingresos;1;1', //              5
        '215.17;Subtítulo inexistente;1;1', //                   6
        '215.22.05.007;Internet;12,5;1', //                      7
        '215.22.05.008;Enlaces;1.00;1', //                       8
        '22.11.003;Repetido sin prefijo;1;1', //                 9
        '215.22.06.007;Mantenimiento;1', //                      10
        '215.22.09.006;Arriendo;1;1;1', //                       11
        '215.22.11;"Servicios; Técnicos";;1', //                 12
        '215.22.04.009;Insumos;1;1;', //                         13 (one field too many)
      ].join('\n') + '\n';
      expect(problems(text)).toEqual([
        { line: 3, code: 'code' }, { line: 5, code: 'code' }, { line: 6, code: 'code' }, { line: 7, code: 'amount' },
        { line: 8, code: 'amount' }, { line: 10, code: 'columns' }, { line: 11, code: 'columns' }, { line: 12, code: 'amount' },
        { line: 13, code: 'columns' }, { line: 9, code: 'duplicate' },
      ]);
    });

    it('a moneda that is not CLP or USD', () => {
      expect(problems('codigo,denominacion,inicial,vigente,moneda\n22.11.003,x,1,1,EUR\n')).toEqual([{ line: 2, code: 'currency' }]);
    });
  });
});
