import { checkFieldCount, checkHeader, normalizeHeader, splitSemicolonFile, type SourceLine } from './csv-lines.js';
import { decodeText } from '../../../core/text-files.js';
import { readCode, readThousands, reportDuplicates } from './dipres-rows.js';
import { codeOf, findLeaves, labelsOf, tipoOfSubtitulo } from './hierarchy.js';
import { ProblemList } from './problems.js';
import type { BudgetFact, ClassificationCode, Currency, ParseResult } from './types.js';

// `dipres-ejecucion`: DIPRES "Informe Ejecución Programa" CSVs (SOURCES.md, ejecucion-2017/): one file per program and
// currency, latin1, `;`, names right-padded, a final RESULTADO balance row, negative amounts. The files carry no year
// (the caller gives it). The last column, "Ejecución Acumulada al ABRIL", is execution CUMULATIVE from January to the
// end of that month: facts get mes = 4 with inicial, vigente (as of that month) and ejecutado (January–April).
// Only leaves are facts. In April 2017, 9 parent cells of Partida 50 (Tesoro Público) are not the sum of their rows
// (e.g. 50.01.03 30.01 in dollars executes 1,502,803 with its asignación at 0): leaf totals there are below the report's.

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const EJECUCION_COLUMNS = [
  'Partida', 'Capítulo', 'Programa', 'Subtítulo', 'Item', 'Asignación', 'Moneda', 'Denominación',
  'Presupuesto Inicial', 'Presupuesto Vigente', new RegExp(`^ejecucion acumulada al (${MONTHS.join('|')}|setiembre)$`),
];
const AMOUNT_COLUMNS = ['Presupuesto Inicial', 'Presupuesto Vigente', 'Ejecución Acumulada'];
/** SOURCES.md: `Moneda` P is pesos; D is dollars (13 programs have a second file in dollars). */
const CURRENCIES: Record<string, Currency> = { P: 'CLP', D: 'USD' };

interface EjecucionRow extends ClassificationCode {
  line: number;
  file: string;
  label: string;
  moneda: Currency;
  mes: number;
  inicial: bigint;
  vigente: bigint;
  ejecutado: bigint;
}

/** Parses one or many execution files (a folder is many): all are rejected together if any has a problem. */
export function parseDipresEjecucion(files: readonly ImportFile[], options: { year: number }): ParseResult {
  const problems = new ProblemList();
  const rows = files.flatMap((file) => readFile(file, problems));
  // The same program and currency given twice (two copies of a file) would be counted twice.
  reportDuplicates(rows, (row) => row.moneda, problems, (row) => `${row.file} line ${row.line}`);
  return problems.result(() => {
    const leaves = findLeaves(rows, (row) => row.moneda);
    return { year: options.year, facts: rows.filter((_, i) => leaves[i]).map(factOf), labels: labelsOf(rows) };
  });
}

function readFile(file: ImportFile, problems: ProblemList): EjecucionRow[] {
  const where = `${file.name}: `;
  const split = splitSemicolonFile(decodeText(file.bytes).text, problems, file.name);
  if (split === null || !checkHeader(split.header, EJECUCION_COLUMNS, problems, where)) return [];
  const mes = monthOf(split.header);
  const body = split.rows.filter((row) => checkFieldCount(row, EJECUCION_COLUMNS.length, problems, where));
  const last = body[body.length - 1];
  if (last === undefined || last.fields[7].trim() !== 'RESULTADO') {
    problems.add(last?.line ?? split.header.line, 'resultado', `${where}the final RESULTADO row is missing: the file looks cut short`);
    return [];
  }
  const rows: EjecucionRow[] = [];
  for (const { line, fields } of body.slice(0, -1)) {
    const code = readCode(fields, line, problems, where);
    const moneda = CURRENCIES[fields[6].trim()];
    if (moneda === undefined) problems.add(line, 'currency', `${where}Moneda must be P (pesos) or D (dollars), got "${fields[6]}"`);
    const [inicial, vigente, ejecutado] = AMOUNT_COLUMNS.map((name, i) => readThousands(fields[8 + i], name, line, problems, where));
    if (code === null || moneda === undefined || inicial === null || vigente === null || ejecutado === null) continue;
    rows.push({ ...code, line, file: file.name, label: fields[7].trim(), moneda, mes, inicial, vigente, ejecutado });
  }
  checkResultado(rows, last, problems, where);
  return rows;
}

function monthOf(header: SourceLine): number {
  const name = normalizeHeader(header.fields[10]).split(' ').pop()!;
  return name === 'setiembre' ? 9 : MONTHS.indexOf(name) + 1;
}

/**
 * RESULTADO is the program's balance of execution: ejecutado of ingresos (subtítulos 01–15) minus ejecutado of gastos
 * (21–35), summed over the subtítulo rows. Verified on all 338 files of April 2017; its inicial/vigente cells are
 * empty. It is a total, never a fact; a file whose RESULTADO does not match its rows is inconsistent and rejected.
 */
function checkResultado(rows: readonly EjecucionRow[], resultado: SourceLine, problems: ProblemList, where: string): void {
  const expected = readThousands(resultado.fields[10], 'RESULTADO', resultado.line, problems, where);
  let balance = 0n;
  for (const row of rows) {
    if (row.item !== '') continue;
    balance += tipoOfSubtitulo(row.subtitulo) === 'ingreso' ? row.ejecutado : -row.ejecutado;
  }
  if (expected !== null && expected !== balance) {
    problems.add(resultado.line, 'resultado', `${where}RESULTADO is ${expected} but ingresos − gastos executed is ${balance}`);
  }
}

function factOf(row: EjecucionRow): BudgetFact {
  const { line, moneda, mes, inicial, vigente, ejecutado } = row;
  // Never null: readCode rejected subtítulos outside 01–15 and 21–35.
  const tipo = tipoOfSubtitulo(row.subtitulo)!;
  return { ...codeOf(row), tipo, moneda, mes, inicial, vigente, ejecutado, line };
}
