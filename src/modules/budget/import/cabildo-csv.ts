import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import { parsePesos } from './amounts.js';
import { normalizeHeader } from './csv-lines.js';
import { decodeText } from '../../../core/text-files.js';
import { reportDuplicates } from './dipres-rows.js';
import { checkCode, codeOf, findLeaves, labelsOf, tipoOfSubtitulo } from './hierarchy.js';
import { ProblemList } from './problems.js';
import type { BudgetFact, ClassificationCode, Currency, ParseResult } from './types.js';

// `cabildo-csv`: our own documented CSV for municipalities and regional governments (FORMAT.md). Their accounts use
// the national clasificador under a `215` (gasto) / `115` (ingreso) prefix, e.g. 215.22.11.003 Servicios Informáticos,
// and carry no partida/capítulo/programa (the institution is the municipality). Amounts are whole pesos; the twelve
// month columns, when present, are each month's execution (a flow, not cumulative).

export const CABILDO_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'] as const;
const REQUIRED = ['codigo', 'denominacion', 'inicial', 'vigente'] as const;
const KNOWN = new Set<string>([...REQUIRED, 'moneda', ...CABILDO_MONTHS]);

/** Optional 115/215 prefix, subtítulo (2), ítem (2), asignación (3), sub-asignación (3); or the prefix alone (a total). */
const CODE = /^(?:(?:(115|215)\.)?(\d{2})(?:\.(\d{2})(?:\.(\d{3})(?:\.(\d{3}))?)?)?|(115|215))$/;
const PREFIX_TIPO = { '115': 'ingreso', '215': 'gasto' } as const;
/** Whole pesos, optionally grouped by dots in threes ("1.234.567"). */
const GROUPED = /^-?\d{1,3}(?:\.\d{3})+$/;

interface Row extends ClassificationCode {
  line: number;
  label: string;
  moneda: Currency;
  /** The 4th level, folded into its asignación; '' for rows down to asignación. */
  sub: string;
  inicial: bigint;
  vigente: bigint;
  /** Index 0 = enero; null where the cell is empty (month not reported) or the file has no month columns. */
  months: (bigint | null)[];
}

export function parseCabildoCsv(bytes: Uint8Array, options: { year: number }): ParseResult {
  const problems = new ProblemList();
  const text = decodeText(bytes).text;
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (/^\s*</.test(firstLine) || text.includes('\u0000')) {
    problems.add(1, 'not_csv', `this is not a CSV file: it looks like ${firstLine.trim().startsWith('<') ? 'an HTML or XML page' : 'binary data'}; save the sheet as CSV`);
    return problems.rejected();
  }

  let records: Array<{ record: string[]; info: InfoRecord }>;
  try {
    records = parse(text, {
      delimiter: firstLine.split(';').length > firstLine.split(',').length ? ';' : ',',
      info: true, trim: true, skip_empty_lines: true, skip_records_with_empty_values: true,
      // Field counts are checked below, so every bad line is listed rather than only the first.
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    problems.add(Number(err.lines ?? 1), 'not_csv', `not a readable CSV (${err.code}): ${err.message}`);
    return problems.rejected();
  }
  const [header, ...data] = records;
  if (header === undefined) {
    problems.add(1, 'empty', 'the file is empty');
    return problems.rejected();
  }
  const columns = readHeader(header.record, header.info.lines, problems);
  if (columns === null) return problems.rejected();

  const rows: Row[] = [];
  for (const { record, info } of data) {
    // info.lines is where the record ends; a quoted field may span lines, so count back to where it starts.
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.record.length) {
      problems.add(line, 'columns', `expected ${header.record.length} fields like the header, found ${record.length}`);
      continue;
    }
    const row = readRow(record, columns, line, problems);
    if (row !== null) rows.push(row);
  }
  // The prefix-only total rows (215, 115) have no place in the store: the totals are rebuilt by aggregation.
  const coded = rows.filter((r) => r.subtitulo !== '');
  reportDuplicates(coded, (r) => `${r.moneda}|${r.sub}`, problems);

  return problems.result(() => {
    const isLeaf = findLeaves(coded, (r) => r.moneda);
    const withSubs = new Set(coded.filter((r) => r.sub !== '').map(keyOf));
    const leaves = coded.filter((r, i) => isLeaf[i] && (r.sub !== '' || !withSubs.has(keyOf(r))));
    return { year: options.year, facts: foldSubs(leaves).flatMap(factsOfLeaf), labels: labelsOf(coded.filter((r) => r.sub === '')) };
  });
}

interface Columns { index: Map<string, number>; hasMonths: boolean }

function readHeader(names: string[], line: number, problems: ProblemList): Columns | null {
  const index = new Map<string, number>();
  const wrong: string[] = [];
  names.map(normalizeHeader).forEach((name, i) => {
    if (!KNOWN.has(name)) wrong.push(`unknown column "${names[i]}"`);
    else if (index.has(name)) wrong.push(`column "${names[i]}" twice`);
    else index.set(name, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) wrong.push(`missing ${missing.join(', ')}`);
  const months = CABILDO_MONTHS.filter((m) => index.has(m));
  if (months.length > 0 && months.length < 12) wrong.push(`the month columns go together (all of ${CABILDO_MONTHS.join(',')} or none), found only ${months.join(',')}`);
  if (wrong.length > 0) {
    problems.add(line, 'columns', `unexpected columns: ${wrong.join('; ')}; expected "${REQUIRED.join(',')}[,moneda][,${CABILDO_MONTHS.join(',')}]"`);
    return null;
  }
  return { index, hasMonths: months.length === 12 };
}

function readRow(fields: string[], columns: Columns, line: number, problems: ProblemList): Row | null {
  const cell = (name: string) => {
    const i = columns.index.get(name);
    return i === undefined ? '' : fields[i];
  };
  const code = readCode(cell('codigo'), line, problems);
  const moneda = cell('moneda').toUpperCase() || 'CLP';
  if (moneda !== 'CLP' && moneda !== 'USD') problems.add(line, 'currency', `moneda must be CLP or USD, got "${cell('moneda')}"`);
  const amount = (name: string, optional: boolean) => {
    const raw = cell(name);
    if (optional && raw === '') return null;
    const value = parsePesos(GROUPED.test(raw) ? raw.replaceAll('.', '') : raw);
    if (value === null) problems.add(line, 'amount', `${name} is not an amount in whole pesos (like 1234567 or 1.234.567): "${raw}"`);
    return value;
  };
  const inicial = amount('inicial', false);
  const vigente = amount('vigente', false);
  let monthsOk = true;
  const months = CABILDO_MONTHS.map((m) => {
    if (!columns.hasMonths) return null;
    const value = amount(m, true);
    if (value === null && cell(m) !== '') monthsOk = false;
    return value;
  });
  if (code === null || inicial === null || vigente === null || !monthsOk || (moneda !== 'CLP' && moneda !== 'USD')) return null;
  return { ...code, line, label: cell('denominacion'), moneda, inicial, vigente, months };
}

function readCode(raw: string, line: number, problems: ProblemList): (ClassificationCode & { sub: string }) | null {
  const m = CODE.exec(raw);
  if (!m) {
    problems.add(line, 'code', `codigo must be like 215.22.11.003 or 22.11.003 (subtítulo.ítem.asignación[.sub-asignación]), got "${raw}"`);
    return null;
  }
  const [, prefix, subtitulo = '', item = '', asignacion = '', sub = '', total] = m;
  if (total !== undefined) return { partida: '', capitulo: '', programa: '', subtitulo: '', item: '', asignacion: '', sub: '' };
  const code = { partida: '', capitulo: '', programa: '', subtitulo, item, asignacion };
  const wrong = checkCode(code);
  if (wrong !== null) {
    problems.add(line, 'code', wrong);
    return null;
  }
  if (prefix !== undefined && PREFIX_TIPO[prefix as keyof typeof PREFIX_TIPO] !== tipoOfSubtitulo(subtitulo)) {
    problems.add(line, 'code', `prefix ${prefix} is for ${PREFIX_TIPO[prefix as keyof typeof PREFIX_TIPO]}s but subtítulo ${subtitulo} is ${tipoOfSubtitulo(subtitulo)}`);
    return null;
  }
  return { ...code, sub };
}

const keyOf = (r: Row) => `${r.moneda}|${r.subtitulo}.${r.item}.${r.asignacion}`;

/** Sub-asignaciones summed into their asignación (the store stops at asignación); the first one's line is kept. */
function foldSubs(leaves: Row[]): Row[] {
  const folded = new Map<string, Row>();
  const out: Row[] = [];
  for (const row of leaves) {
    if (row.sub === '') {
      out.push(row);
      continue;
    }
    const into = folded.get(keyOf(row));
    if (into === undefined) {
      const copy = { ...row, sub: '', months: [...row.months] };
      folded.set(keyOf(row), copy);
      out.push(copy);
    } else {
      into.inicial += row.inicial;
      into.vigente += row.vigente;
      into.months = into.months.map((v, i) => (v === null && row.months[i] === null ? null : (v ?? 0n) + (row.months[i] ?? 0n)));
    }
  }
  return out;
}

/** One yearly fact (inicial, vigente) and one per reported month (ejecutado only): each measure is counted once. */
function factsOfLeaf(row: Row): BudgetFact[] {
  // Never null: readCode rejected subtítulos outside 01–15 and 21–35.
  const base = { ...codeOf(row), tipo: tipoOfSubtitulo(row.subtitulo)!, moneda: row.moneda, line: row.line };
  const facts: BudgetFact[] = [{ ...base, mes: null, inicial: row.inicial, vigente: row.vigente, ejecutado: null }];
  row.months.forEach((ejecutado, i) => {
    if (ejecutado !== null) facts.push({ ...base, mes: i + 1, inicial: null, vigente: null, ejecutado });
  });
  return facts;
}
