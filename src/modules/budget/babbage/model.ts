// The cube model of the OpenSpending (Babbage) API: which dimensions and measures a budget cube has, as a closed list.
// Every name a request may use is one of these keys; the SQL builder (sql.ts) only ever emits identifiers from here,
// so a user-supplied name can never reach the SQL text.
import type { BudgetDataset } from '../queries.js';

/** The classification levels, root first: a level's label is the name of its node (budget_labels). */
export const HIERARCHY = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion'] as const;
export type Level = (typeof HIERARCHY)[number];

export const DIMENSIONS = {
  anio: 'Año',
  partida: 'Partida',
  capitulo: 'Capítulo',
  programa: 'Programa',
  subtitulo: 'Subtítulo',
  item: 'Ítem',
  asignacion: 'Asignación',
  tipo: 'Tipo (ingreso o gasto)',
  tecnologia: 'Gasto en tecnología',
  moneda: 'Moneda',
  mes: 'Mes (ejecución)',
} as const;
export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

export const MEASURES = {
  inicial: 'Presupuesto inicial (Ley)',
  vigente: 'Presupuesto vigente',
  ejecutado: 'Ejecutado',
} as const;
export type Measure = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

/** Babbage aggregate refs: "<measure>.sum" or "_count" (facts in the cell). */
export type Aggregate = `${Measure}.sum` | '_count';
export const AGGREGATE_NAMES: Aggregate[] = [...MEASURE_NAMES.map((m) => `${m}.sum` as const), '_count'];

/** Each dimension has a code and a label attribute ("partida.code", "partida.label"); levels without a name show the code. */
export const ATTRIBUTES = ['code', 'label'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const isLevel = (d: Dimension): d is Level => (HIERARCHY as readonly string[]).includes(d);

/** The model document of GET /api/3/cubes/{cube}/model, in Babbage's shape. */
export function cubeModel(dataset: Pick<BudgetDataset, 'cube' | 'year' | 'kind'>) {
  const dimensions = Object.fromEntries(DIMENSION_NAMES.map((name) => [name, {
    label: DIMENSIONS[name],
    key_ref: `${name}.code`,
    label_ref: `${name}.label`,
    ref: name,
    attributes: {
      code: { ref: `${name}.code`, column: name, datatype: name === 'anio' || name === 'mes' ? 'integer' : 'string', label: 'Código' },
      label: { ref: `${name}.label`, column: name, datatype: 'string', label: 'Nombre' },
    },
  }]));
  const measures = Object.fromEntries(MEASURE_NAMES.map((name) => [name, { ref: name, column: name, label: MEASURES[name], currency: 'CLP' }]));
  const aggregates = Object.fromEntries(AGGREGATE_NAMES.map((ref) => [ref, ref === '_count'
    ? { ref, label: 'Número de registros', function: 'count' }
    : { ref, measure: ref.slice(0, -'.sum'.length), label: MEASURES[ref.slice(0, -'.sum'.length) as Measure], function: 'sum' }]));
  return { name: dataset.cube, year: dataset.year, kind: dataset.kind, fact_table: 'budget_facts', dimensions, measures, aggregates };
}
