// The Babbage (OpenSpending API) query grammar, parsed into a typed query against the closed model (model.ts):
//   cut=dim:value|dim2:v1;v2     facts whose dim is value, and whose dim2 is v1 or v2 ("dim.code:value" also works;
//                                values may be double-quoted)
//   drilldown=dim|dim2           one cell per combination of codes (each cell carries code and label)
//   order=ref:desc,ref2          refs are attributes ("partida.code", "partida.label", "partida") or aggregates
//   aggregates=inicial.sum|_count
//   page (1-based), pagesize     default 100; above 10,000 clamped to 10,000, as Babbage does, so a client asking for
//                                "everything" gets a full first page instead of an error
// Pure: no database. Every bad part throws a BabbageQueryError naming the parameter and the offending text.
import {
  AGGREGATE_NAMES, DIMENSION_NAMES, MEASURE_NAMES,
  type Aggregate, type Attribute, type Dimension, type Measure,
} from './model.js';
import { translator, type MessageKey } from '../../../core/i18n/index.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 10_000;

export type QueryPart = 'cut' | 'drilldown' | 'order' | 'aggregates';

/**
 * A request the grammar rejects: the part, a catalogue key and its parameters, so the API answers in the reader's
 * language (routes.api.ts); the Error's own message is the English text, for logs.
 */
export class BabbageQueryError extends Error {
  constructor(readonly part: QueryPart, readonly key: MessageKey, readonly params: Record<string, string> = {}) {
    super(`${part}: ${translator('en')(key, params)}`);
  }
}

export interface Cut { dimension: Dimension; values: string[] }
export type OrderKey =
  | { kind: 'attribute'; dimension: Dimension; attribute: Attribute }
  | { kind: 'aggregate'; aggregate: Aggregate }
  | { kind: 'measure'; measure: Measure };
export interface Order { key: OrderKey; direction: 'asc' | 'desc' }

export interface RawQuery {
  cut?: string;
  drilldown?: string;
  order?: string;
  aggregates?: string;
  page?: number;
  pagesize?: number;
}

export interface BabbageQuery {
  cuts: Cut[];
  drilldown: Dimension[];
  aggregates: Aggregate[];
  order: Order[];
  page: number;
  pageSize: number;
}

/**
 * What an order ref may name: the attributes shown and the aggregates (aggregate) or measures (facts) returned.
 * Facts are labelled after paging (sql.ts), so they order by codes and measures only: `labels: false`.
 */
export interface OrderScope { dimensions: readonly Dimension[]; aggregates?: readonly Aggregate[]; measures?: readonly Measure[]; labels?: false }

const isDimension = (name: string): name is Dimension => (DIMENSION_NAMES as readonly string[]).includes(name);
const nonEmpty = (list: string | undefined, separator: string) => (list ?? '').split(separator).map((s) => s.trim()).filter(Boolean);
const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;

/** "partida", "partida.code" or "partida.label". */
export function parseAttributeRef(part: QueryPart, ref: string): { dimension: Dimension; attribute: Attribute } {
  const [name, attribute = 'code', ...rest] = ref.split('.');
  if (!isDimension(name)) throw new BabbageQueryError(part, 'budget.babbage.unknownDimension', { name: quoted(name), known: DIMENSION_NAMES.join(', ') });
  if (rest.length > 0 || (attribute !== 'code' && attribute !== 'label')) {
    throw new BabbageQueryError(part, 'budget.babbage.unknownAttribute', { ref: quoted(ref), name });
  }
  return { dimension: name, attribute };
}

/** Codes as published, checked per dimension so a typo is reported rather than silently matching nothing. */
function normalizeValue(dimension: Dimension, raw: string): string {
  const value = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  const bad = (expected: 'choice' | 'month' | 'year' | 'code', [a, b] = ['', '']) =>
    new BabbageQueryError('cut', `budget.babbage.value.${expected}`, { value: quoted(value), dimension, a, b });
  switch (dimension) {
    case 'tipo': if (value !== 'ingreso' && value !== 'gasto') throw bad('choice', ['ingreso', 'gasto']); return value;
    case 'tecnologia': if (value !== 'true' && value !== 'false') throw bad('choice', ['true', 'false']); return value;
    case 'moneda': if (value !== 'CLP' && value !== 'USD') throw bad('choice', ['CLP', 'USD']); return value;
    case 'mes': if (!/^\d{1,2}$/.test(value) || +value < 1 || +value > 12) throw bad('month'); return String(+value);
    case 'anio': if (!/^\d{4}$/.test(value)) throw bad('year'); return value;
    default: if (!/^[0-9A-Za-z]{1,12}$/.test(value)) throw bad('code'); return value;
  }
}

export function parseCuts(text: string | undefined): Cut[] {
  const cuts: Cut[] = [];
  for (const part of nonEmpty(text, '|')) {
    const colon = part.indexOf(':');
    if (colon <= 0) throw new BabbageQueryError('cut', 'budget.babbage.notDimensionValue', { part: quoted(part) });
    const { dimension, attribute } = parseAttributeRef('cut', part.slice(0, colon).trim());
    if (attribute !== 'code') throw new BabbageQueryError('cut', 'budget.babbage.cutByCode', { dimension });
    if (cuts.some((c) => c.dimension === dimension)) throw new BabbageQueryError('cut', 'budget.babbage.cutTwice', { dimension });
    const values = nonEmpty(part.slice(colon + 1), ';');
    if (values.length === 0) throw new BabbageQueryError('cut', 'budget.babbage.noValue', { part: quoted(part) });
    cuts.push({ dimension, values: [...new Set(values.map((v) => normalizeValue(dimension, v)))] });
  }
  return cuts;
}

export function parseDrilldown(text: string | undefined): Dimension[] {
  const dimensions = nonEmpty(text, '|').map((ref) => parseAttributeRef('drilldown', ref).dimension);
  return [...new Set(dimensions)];
}

export function parseAggregates(text: string | undefined): Aggregate[] {
  const refs = nonEmpty(text, '|');
  if (refs.length === 0) return AGGREGATE_NAMES;
  for (const ref of refs) {
    if (!(AGGREGATE_NAMES as readonly string[]).includes(ref)) throw new BabbageQueryError('aggregates', 'budget.babbage.unknownAggregate', { ref: quoted(ref), known: AGGREGATE_NAMES.join(', ') });
  }
  return [...new Set(refs as Aggregate[])];
}

export function parseOrder(text: string | undefined, scope: OrderScope): Order[] {
  return nonEmpty(text, ',').map((part) => {
    const [ref, direction = 'asc', ...rest] = part.split(':').map((s) => s.trim());
    if (rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) throw new BabbageQueryError('order', 'budget.babbage.direction', { part: quoted(part) });
    return { key: orderKey(ref, scope), direction };
  });
}

function orderKey(ref: string, scope: OrderScope): OrderKey {
  if (scope.aggregates?.includes(ref as Aggregate)) return { kind: 'aggregate', aggregate: ref as Aggregate };
  if (scope.measures?.includes(ref as Measure)) return { kind: 'measure', measure: ref as Measure };
  if ((AGGREGATE_NAMES as readonly string[]).includes(ref) || (MEASURE_NAMES as readonly string[]).includes(ref)) {
    throw new BabbageQueryError('order', 'budget.babbage.orderNotReturned', { ref: quoted(ref) });
  }
  const { dimension, attribute } = parseAttributeRef('order', ref);
  // A cell has one value per drilled-down dimension only: ordering by another has no meaning.
  if (!scope.dimensions.includes(dimension)) throw new BabbageQueryError('order', 'budget.babbage.orderNotDrilled', { ref: quoted(ref) });
  if (attribute === 'label' && scope.labels === false) throw new BabbageQueryError('order', 'budget.babbage.orderFactsLabel', { ref: quoted(ref) });
  return { kind: 'attribute', dimension, attribute };
}

export function pageOf(raw: Pick<RawQuery, 'page' | 'pagesize'>): { page: number; pageSize: number } {
  return { page: Math.max(1, raw.page ?? 1), pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, raw.pagesize ?? DEFAULT_PAGE_SIZE)) };
}

/**
 * GET …/aggregate. Pesos and dollars cannot be added, so unless the request cuts or drills down by moneda the sums
 * are of pesos only (an implicit moneda:CLP cut, echoed in the response's `cell` so it is never hidden).
 */
export function parseAggregateQuery(raw: RawQuery): BabbageQuery {
  const drilldown = parseDrilldown(raw.drilldown);
  const aggregates = parseAggregates(raw.aggregates);
  const cuts = parseCuts(raw.cut);
  if (!drilldown.includes('moneda') && !cuts.some((c) => c.dimension === 'moneda')) cuts.push({ dimension: 'moneda', values: ['CLP'] });
  return { cuts, drilldown, aggregates, order: parseOrder(raw.order, { dimensions: drilldown, aggregates }), ...pageOf(raw) };
}

/** GET …/facts: every dimension and measure, no aggregates. */
export function parseFactsQuery(raw: RawQuery): BabbageQuery {
  return { cuts: parseCuts(raw.cut), drilldown: [], aggregates: [], order: parseOrder(raw.order, { dimensions: DIMENSION_NAMES, measures: MEASURE_NAMES, labels: false }), ...pageOf(raw) };
}

/** GET …/members/{ref}: the distinct codes (and labels) of one dimension within the cut. */
export function parseMembersQuery(ref: string, raw: RawQuery): BabbageQuery {
  const { dimension } = parseAttributeRef('drilldown', ref);
  return { cuts: parseCuts(raw.cut), drilldown: [dimension], aggregates: [], order: parseOrder(raw.order, { dimensions: [dimension] }), ...pageOf(raw) };
}
