// The CSV of a Fiscal Data Package export, column by column: its Table Schema field (with the FDP columnType) and how a
// fact fills it. One list for the descriptor and the writer, so the file always says what its columns are.
import type { Translate } from '../../../core/i18n/index.js';
import { HIERARCHY, MEASURE_NAMES, type Level, type Measure } from '../babbage/model.js';
import type { Currency } from '../import/types.js';
import type { FactRow } from '../downloads/facts.js';
import { DIRECTION, DIRECTION_OF_TIPO, FISCAL_MONTH, FISCAL_YEAR, PHASE_OF_MEASURE, VALUE, codeType, labelType } from './vocabulary.js';

/** A Table Schema field (specs.frictionlessdata.io/table-schema) with FDP's columnType and v0.3 measure properties. */
export interface TableField {
  name: string;
  title: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  columnType?: string;
  description?: string;
  constraints?: Record<string, unknown>;
  currency?: Currency;
  phase?: string;
}

export interface FdpColumn {
  name: string;
  field(t: Translate): TableField;
  cell(row: FactRow): string;
}

/** Amount columns are per currency, so that a column never adds pesos and dollars (`inicial_clp`, `inicial_usd`). */
const amountColumn = (measure: Measure, currency: Currency) => `${measure}_${currency.toLowerCase()}`;
export const labelColumn = (level: Level) => `${level}_nombre`;

const levelColumns = (level: Level): FdpColumn[] => [
  {
    name: level,
    field: (t) => ({ name: level, title: t(`budget.dimension.${level}`), type: 'string', columnType: codeType(level),
      constraints: { pattern: level === 'asignacion' ? '\\d{3}' : '\\d{2}' } }),
    cell: (row) => row[`d_${level}`] ?? '',
  },
  {
    name: labelColumn(level),
    field: (t) => ({ name: labelColumn(level), title: t('budget.fdp.field.label', { level: t(`budget.dimension.${level}`) }), type: 'string', columnType: labelType(level) }),
    cell: (row) => row[`n_${level}`] ?? '',
  },
];

const amountColumns = (currency: Currency): FdpColumn[] => MEASURE_NAMES.map((measure) => ({
  name: amountColumn(measure, currency),
  field: (t) => ({
    name: amountColumn(measure, currency), title: t('budget.fdp.field.amount', { measure: t(`budget.measure.${measure}`), currency }),
    description: t('budget.fdp.field.amount.description', { currency }), type: 'number', columnType: VALUE, currency, phase: PHASE_OF_MEASURE[measure],
  }),
  cell: (row) => (row.d_moneda === currency ? row[`m_${measure}`] ?? '' : ''),
}));

/** Every column, the amounts of each currency the cube holds (CLP first). */
export function fdpColumns(currencies: readonly Currency[]): FdpColumn[] {
  return [
    { name: 'anio', field: (t) => ({ name: 'anio', title: t('budget.dimension.anio'), type: 'integer', columnType: FISCAL_YEAR }), cell: (row) => row.d_anio ?? '' },
    {
      name: 'mes',
      field: (t) => ({ name: 'mes', title: t('budget.dimension.mes'), description: t('budget.fdp.field.mes.description'), type: 'integer', columnType: FISCAL_MONTH, constraints: { minimum: 1, maximum: 12 } }),
      cell: (row) => row.d_mes ?? '',
    },
    ...HIERARCHY.flatMap(levelColumns),
    {
      name: 'direction',
      field: (t) => ({ name: 'direction', title: t('budget.dimension.tipo'), description: t('budget.fdp.field.direction.description'), type: 'string', columnType: DIRECTION, constraints: { enum: Object.values(DIRECTION_OF_TIPO) } }),
      cell: (row) => DIRECTION_OF_TIPO[row.d_tipo as keyof typeof DIRECTION_OF_TIPO],
    },
    {
      // Unmapped on purpose (FDP 1.0: columns without a columnType are ignored by readers): technology is Cabildo's own.
      name: 'tecnologia',
      field: (t) => ({ name: 'tecnologia', title: t('budget.dimension.tecnologia'), description: t('budget.fdp.field.tecnologia.description'), type: 'boolean' }),
      cell: (row) => row.d_tecnologia ?? '',
    },
    ...currencies.flatMap(amountColumns),
  ];
}

/** RFC 4180: quoted when needed, nothing else changed — a data package carries the values exactly, formulas included. */
export const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
