// The cube model of the OpenSpending (Babbage) API: which dimensions and measures a budget cube has, as a closed list.
// Every name a request may use is one of these keys; the SQL builder (sql.ts) only ever emits identifiers from here,
// so a user-supplied name can never reach the SQL text.
import type { BudgetDataset } from '../queries.js';
import type { Translate } from '../../../core/i18n/index.js';

/** The classification levels, root first: a level's label is the name of its node (budget_labels). */
export const HIERARCHY = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion'] as const;
export type Level = (typeof HIERARCHY)[number];

/** The cube's dimensions; their names in each language are in the catalogue (budget.dimension.*). */
export const DIMENSION_NAMES = ['anio', 'partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion', 'tipo', 'tecnologia', 'moneda', 'mes'] as const;
export type Dimension = (typeof DIMENSION_NAMES)[number];

/** Measures in whole pesos (or dollars in USD facts); names in the catalogue (budget.measure.*). */
export const MEASURE_NAMES = ['inicial', 'vigente', 'ejecutado'] as const;
export type Measure = (typeof MEASURE_NAMES)[number];

/** Babbage aggregate refs: "<measure>.sum" or "_count" (facts in the cell). */
export type Aggregate = `${Measure}.sum` | '_count';
export const AGGREGATE_NAMES: Aggregate[] = [...MEASURE_NAMES.map((m) => `${m}.sum` as const), '_count'];

/** Each dimension has a code and a label attribute ("partida.code", "partida.label"); levels without a name show the code. */
export const ATTRIBUTES = ['code', 'label'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const isLevel = (d: Dimension): d is Level => (HIERARCHY as readonly string[]).includes(d);

/** The model document of GET /api/3/cubes/{cube}/model, in Babbage's shape. */
export function cubeModel(dataset: Pick<BudgetDataset, 'cube' | 'year' | 'kind'>, t: Translate) {
  const measureLabel = (m: Measure) => t(`budget.measure.${m}`);
  const dimensions = Object.fromEntries(DIMENSION_NAMES.map((name) => [name, {
    label: t(`budget.dimension.${name}`),
    key_ref: `${name}.code`,
    label_ref: `${name}.label`,
    ref: name,
    attributes: {
      code: { ref: `${name}.code`, column: name, datatype: name === 'anio' || name === 'mes' ? 'integer' : 'string', label: t('budget.attribute.code') },
      label: { ref: `${name}.label`, column: name, datatype: 'string', label: t('budget.attribute.label') },
    },
  }]));
  const measures = Object.fromEntries(MEASURE_NAMES.map((name) => [name, { ref: name, column: name, label: measureLabel(name), currency: 'CLP' }]));
  const aggregates = Object.fromEntries(AGGREGATE_NAMES.map((ref) => [ref, ref === '_count'
    ? { ref, label: t('budget.aggregate.count'), function: 'count' }
    : { ref, measure: ref.slice(0, -'.sum'.length), label: measureLabel(ref.slice(0, -'.sum'.length) as Measure), function: 'sum' }]));
  return { name: dataset.cube, year: dataset.year, kind: dataset.kind, fact_table: 'budget_facts', dimensions, measures, aggregates };
}
