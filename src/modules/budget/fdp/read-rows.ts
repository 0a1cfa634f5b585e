// The rows of one resource's CSV, read as the descriptor's plan says (parse-descriptor.ts): RFC 4180 with the
// resource's delimiter, a header naming the schema's fields in order (Table Schema), then one row per budget line.
// A row gives one fact per currency it has amounts in (like the Ley's Monto Pesos / Monto Dólar); every problem is
// reported with its file and line, and the row is skipped so the others are checked too.
import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import { HIERARCHY, type Level, type Measure } from '../babbage/model.js';
import { decodeText } from '../../../core/text-files.js';
import { checkCode, tipoOfSubtitulo } from '../import/hierarchy.js';
import type { ProblemList } from '../import/problems.js';
import type { BudgetFact, ClassificationCode, Currency } from '../import/types.js';
import type { AmountColumn, ResourcePlan } from './parse-descriptor.js';
import { DIRECTION_OF_TIPO, isCurrency } from './vocabulary.js';

export interface PackageRow {
  file: string;
  line: number;
  code: ClassificationCode;
  /** The node names the row gives, by level (only levels the row's code reaches). */
  names: Partial<Record<Level, string>>;
  facts: BudgetFact[];
}

const NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * An amount as whole units, exactly (bigint, never a float): Table Schema's decimalChar and groupChar, times the
 * measure's factor. A string says what is wrong.
 */
export function parseAmount(raw: string, column: Pick<AmountColumn, 'factor' | 'decimalChar' | 'groupChar'>): bigint | string {
  let text = column.groupChar === '' ? raw : raw.split(column.groupChar).join('');
  if (column.decimalChar !== '.') {
    if (text.includes('.')) return 'is not a number';
    text = text.replace(column.decimalChar, '.');
  }
  const m = NUMBER.exec(text);
  if (!m) return 'is not a number';
  const [, sign, whole, fraction = ''] = m;
  const scaled = BigInt(whole + fraction) * column.factor;
  const unit = 10n ** BigInt(fraction.length);
  if (scaled % unit !== 0n) return 'has a fraction of a peso (or dollar): amounts are whole units';
  return sign === '-' ? -(scaled / unit) : scaled / unit;
}

function readRecords(text: string, plan: ResourcePlan, problems: ProblemList): { record: string[]; line: number }[] {
  const where = `${plan.path}: `;
  let records: { record: string[]; info: InfoRecord }[];
  try {
    records = parse(text, { delimiter: plan.delimiter, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    problems.add(Number(err.lines ?? 1), 'not_csv', `${where}not a readable CSV (${err.code}): ${err.message}`);
    return [];
  }
  // info.lines is where a record ends; a quoted field may span lines, so count back to where it starts.
  const lined = records.map(({ record, info }) => ({ record, line: info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0) }));
  const [header, ...rows] = lined;
  const found = header?.record.map((name) => name.trim()) ?? [];
  if (found.join('\u0000') !== plan.header.join('\u0000')) {
    problems.add(header?.line ?? 1, 'columns', `${where}the header must name the schema's fields in order: expected "${plan.header.join(plan.delimiter)}", found "${found.join(plan.delimiter)}"`);
    return [];
  }
  return rows;
}

export function readResource(plan: ResourcePlan, bytes: Uint8Array, year: number, problems: ProblemList): PackageRow[] {
  const rows: PackageRow[] = [];
  for (const { record, line } of readRecords(decodeText(bytes).text, plan, problems)) {
    const report = (code: string, message: string) => problems.add(line, code, `${plan.path}: ${message}`);
    if (record.length !== plan.header.length) {
      report('columns', `expected ${plan.header.length} fields like the header, found ${record.length}`);
      continue;
    }
    const row = readRow(plan, record.map((f) => f.trim()), { year, line }, report);
    if (row) rows.push({ file: plan.path, line, ...row });
  }
  return rows;
}

type Report = (code: string, message: string) => void;

function readRow(plan: ResourcePlan, cells: string[], { year, line }: { year: number; line: number }, report: Report): Omit<PackageRow, 'file' | 'line'> | null {
  let ok = true;
  const fail: Report = (code, message) => {
    ok = false;
    report(code, message);
  };
  const cell = (index: number | undefined) => (index === undefined ? '' : cells[index]);
  const code = Object.fromEntries(HIERARCHY.map((l) => [l, cell(plan.codes[l])])) as unknown as ClassificationCode;
  const wrongCode = checkCode(code);
  if (wrongCode !== null) fail('code', wrongCode);
  const tipo = tipoOfSubtitulo(code.subtitulo);
  const direction = cell(plan.single.direction);
  if (plan.single.direction !== undefined && tipo !== null && direction !== DIRECTION_OF_TIPO[tipo]) {
    fail('direction', `direction is "${direction}" but subtítulo ${code.subtitulo} is ${DIRECTION_OF_TIPO[tipo]} (${tipo})`);
  }
  const fiscalYear = cell(plan.single.year);
  if (plan.single.year !== undefined && fiscalYear !== String(year)) fail('year', `the fiscal year is "${fiscalYear}", but this import is for ${year}`);
  const mes = readMonth(cell(plan.single.month), fail);
  const rowCurrency = cell(plan.single.currency);
  if (plan.single.currency !== undefined && !isCurrency(rowCurrency)) fail('currency', `the currency is "${rowCurrency}": Cabildo keeps CLP and USD`);

  const byCurrency = new Map<Currency, Partial<Record<Measure, bigint>>>();
  for (const column of plan.amounts) {
    const raw = cell(column.index);
    if (raw === '') continue;
    const value = parseAmount(raw, column);
    if (typeof value === 'string') {
      fail('amount', `${column.name} ${value}: "${raw}"`);
      continue;
    }
    const currency = column.currency ?? (rowCurrency as Currency);
    byCurrency.set(currency, { ...byCurrency.get(currency), [column.measure]: value });
  }
  if (ok && byCurrency.size === 0) fail('amount', 'the row has no amount');
  if (!ok || tipo === null || mes === undefined) return null;

  const names: Partial<Record<Level, string>> = {};
  for (const level of HIERARCHY) {
    const name = cell(plan.labels[level]);
    if (code[level] !== '' && name !== '') names[level] = name;
  }
  const facts = [...byCurrency].map(([moneda, m]): BudgetFact => ({
    ...code, tipo, moneda, mes, inicial: m.inicial ?? null, vigente: m.vigente ?? null, ejecutado: m.ejecutado ?? null, line,
  }));
  return { code, names, facts };
}

/** Empty for a yearly figure; undefined (reported) when not a month. */
function readMonth(raw: string, report: Report): number | null | undefined {
  if (raw === '') return null;
  if (/^\d{1,2}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 12) return Number(raw);
  report('month', `the month must be 1 to 12 (or empty for a yearly figure), got "${raw}"`);
  return undefined;
}
