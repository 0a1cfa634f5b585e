// One parameterised SQL statement per Babbage request. Injection is impossible by construction: every identifier comes
// from the closed model (model.ts) through sql.identifier, and every user value (cut values, page) is a bound
// parameter. Sums of bigint are numeric in PostgreSQL and are read as text, so no total passes through a float
// (present.ts decides how to write them in JSON).
//
// The facts are read through a subquery that names every dimension's code "d_<dimension>" as text and every measure
// "m_<measure>", so cuts, grouping, labels and ordering treat all dimensions alike (anio is the cube's year, a constant).
// Aggregates read the same columns from the smallest stored rollup that keeps every dimension the query uses (which
// one is asked first, rollups.ts: storedRollupGrain), and get the same cells from far fewer rows; /facts reads
// budget_facts.
import { sql, type SQL } from 'drizzle-orm';
import { budgetFacts, budgetLabels, budgetRollups } from '../schema.js';
import type { BabbageQuery, Cut, Order } from './grammar.js';
import { DIMENSION_NAMES, HIERARCHY, MEASURE_NAMES, isLevel, type Dimension, type Level, type Measure } from './model.js';

const id = (name: string) => sql.identifier(name);
export const codeColumn = (d: Dimension) => `d_${d}`;
export const labelColumn = (d: Dimension) => `l_${d}`;
export const sumColumn = (m: Measure) => `a_${m}`;
export const measureColumn = (m: Measure) => `m_${m}`;
export const summaryColumn = (m: Measure) => `s_${m}`;

interface Cube { datasetId: number; year: number }

/** The d_ and m_ columns, which budget_facts and budget_rollups both have under the same names. */
function cubeColumns(year: number): SQL {
  const codes = HIERARCHY.map((level) => sql`${id(level)} as ${id(codeColumn(level))}`);
  const measures = MEASURE_NAMES.map((m) => sql`${id(m)} as ${id(measureColumn(m))}`);
  return sql`${sql.join(codes, sql`, `)}, tipo as d_tipo, moneda as d_moneda, mes::text as d_mes,
    tecnologia::text as d_tecnologia, ${String(year)}::text as d_anio, ${sql.join(measures, sql`, `)}`;
}

const facts = ({ datasetId, year }: Cube): SQL => sql`(select ${cubeColumns(year)} from ${budgetFacts} where dataset_id = ${datasetId})`;

/**
 * Where an aggregate reads its rows, and how it counts the facts in a cell: a stored rollup grain (rollups.ts), where
 * a row stands for n facts, or the facts, one each.
 */
function aggregateSource(cube: Cube, grain: number | null): { from: SQL; count: SQL } {
  if (grain === null) return { from: facts(cube), count: sql`count(*)` };
  return {
    from: sql`(select ${cubeColumns(cube.year)}, n from ${budgetRollups} where dataset_id = ${cube.datasetId} and grain = ${grain})`,
    count: sql`sum(n)`,
  };
}

function where(cuts: Cut[]): SQL {
  if (cuts.length === 0) return sql`true`;
  return sql.join(cuts.map((c) => sql`${id(codeColumn(c.dimension))} in (${sql.join(c.values.map((v) => sql`${v}`), sql`, `)})`), sql` and `);
}

/**
 * The node names of one drilled-down level: the label rows of that level (its code set, the levels below empty), keyed
 * by the drilled-down levels above it too. A level drilled without its parents (subtítulo across all programs) takes
 * one of its names (min), which for clasificador levels is the same everywhere.
 */
function levelLabels(level: Level, levels: Level[], datasetId: number, cuts: readonly Cut[]): SQL {
  const depth = HIERARCHY.indexOf(level);
  const keys = sql.join(levels.filter((l) => HIERARCHY.indexOf(l) <= depth).map((l) => id(l)), sql`, `);
  const below = HIERARCHY.slice(depth + 1).map((l) => sql` and ${id(l)} = ''`);
  // An ancestor cut to one code and not drilled still decides the name: capítulo 01 under partida:07 is that
  // partida's capítulo 01, not the first of any partida's.
  const pinned = HIERARCHY.slice(0, depth).filter((l) => !levels.includes(l)).flatMap((l) => {
    const cut = cuts.find((c) => c.dimension === l);
    return cut && cut.values.length === 1 ? [sql` and ${id(l)} = ${cut.values[0]}`] : [];
  });
  return sql`(select ${keys}, min(label) as label from ${budgetLabels}
    where dataset_id = ${datasetId} and ${id(level)} <> ''${sql.join(below, sql``)}${sql.join(pinned, sql``)} group by ${keys})`;
}

const labelAlias = (level: Level) => id(`lab_${level}`);

/**
 * A left join per drilled-down level to its names, on its code and the drilled-down levels above it: to the
 * subquery itself, or with `fromCtes` to the CTE of that name (labelCtes).
 */
function labelJoins(levels: Level[], datasetId: number, fromCtes = false, cuts: readonly Cut[] = []): SQL {
  return sql.join(levels.map((level) => {
    const on = levels.filter((l) => HIERARCHY.indexOf(l) <= HIERARCHY.indexOf(level)).map((l) => sql`${labelAlias(level)}.${id(l)} = ${id(codeColumn(l))}`);
    return sql` left join ${fromCtes ? labelAlias(level) : levelLabels(level, levels, datasetId, cuts)} as ${labelAlias(level)} on ${sql.join(on, sql` and `)}`;
  }), sql``);
}

/**
 * The aggregate's label subqueries as materialized CTEs, each computed once. Joined as subqueries, a freshly imported
 * cube (no statistics yet) got nested loops that recomputed them for every cell: 4.7 s for 877 cells of the Ley in
 * PGlite, 20 ms as CTEs.
 */
const labelCtes = (levels: Level[], datasetId: number, cuts: readonly Cut[]): SQL[] =>
  levels.map((level) => sql`${labelAlias(level)} as materialized ${levelLabels(level, levels, datasetId, cuts)}, `);

/** The label column of each dimension: a level's node name, or its code when the source names no such node. */
function labels(dimensions: readonly Dimension[]): SQL[] {
  return dimensions.map((d) => (isLevel(d)
    ? sql`coalesce(${id(`lab_${d}`)}.label, ${id(codeColumn(d))}) as ${id(labelColumn(d))}`
    : sql`${id(codeColumn(d))} as ${id(labelColumn(d))}`));
}

function orderColumn({ key }: Order): string {
  if (key.kind === 'aggregate') return key.aggregate === '_count' ? 'n' : sumColumn(key.aggregate.slice(0, -'.sum'.length) as Measure);
  if (key.kind === 'measure') return measureColumn(key.measure);
  return key.attribute === 'code' ? codeColumn(key.dimension) : labelColumn(key.dimension);
}

/**
 * The requested order, then the codes of `tieBreak` ascending, so every page boundary falls in the same place.
 * Bare names inside the page's select (its output columns: numeric sums), qualified by `from` outside it, where a
 * bare name would mean the text copy of the sum and order 9 after 10.
 */
function orderBy(order: Order[], tieBreak: Dimension[], from?: string): SQL {
  const column = (name: string) => (from ? sql`${id(from)}.${id(name)}` : id(name));
  const keys = [
    ...order.map((o) => sql`${column(orderColumn(o))} ${o.direction === 'desc' ? sql`desc` : sql`asc`}`),
    ...tieBreak.map((d) => sql`${column(codeColumn(d))} asc`),
  ];
  return keys.length === 0 ? sql`` : sql` order by ${sql.join(keys, sql`, `)}`;
}

const limit = (q: BabbageQuery) => sql` limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`;

/**
 * Cells (one per combination of drilldown codes) with their sums and count, the requested page of them labelled, and
 * the summary over all cells. The summary comes from a one-row CTE left-joined to the page, so a page past the end
 * still returns the totals (one row with null cell columns). Read from the rollup `grain` (rollups.ts,
 * storedRollupGrain), or with null from budget_facts: the plain GROUP BY.
 */
export function aggregateSql(cube: Cube, q: BabbageQuery, grain: number | null): SQL {
  const source = aggregateSource(cube, grain);
  const groups = q.drilldown.map((d) => id(codeColumn(d)));
  const measures = MEASURE_NAMES.filter((m) => q.aggregates.includes(`${m}.sum`));
  const sums = measures.map((m) => sql`sum(${id(measureColumn(m))}) as ${id(sumColumn(m))}`);
  const totals = measures.map((m) => sql`sum(${id(sumColumn(m))})::text as ${id(summaryColumn(m))}`);
  const page = measures.map((m) => sql`page.${id(sumColumn(m))}::text as ${id(sumColumn(m))}`);
  const cellColumns = q.drilldown.flatMap((d) => [sql`page.${id(codeColumn(d))}`, sql`page.${id(labelColumn(d))}`]);
  const levels = q.drilldown.filter(isLevel);
  return sql`with ${sql.join(labelCtes(levels, cube.datasetId, q.cuts), sql``)}cells as (
      select ${sql.join([...groups, ...sums, sql`${source.count} as n`], sql`, `)} from ${source.from} as f where ${where(q.cuts)}
      ${groups.length > 0 ? sql`group by ${sql.join(groups, sql`, `)}` : sql``}),
    summary as (select ${sql.join([sql`count(*)::int as total_cell_count`, sql`coalesce(sum(n), 0)::int as s_n`, ...totals], sql`, `)} from cells)
    select ${sql.join([sql`summary.*`, ...cellColumns, ...page, sql`page.n::int as n`], sql`, `)} from summary left join lateral (
      select ${sql.join([sql`cells.*`, ...labels(q.drilldown)], sql`, `)}
      from cells${labelJoins(levels, cube.datasetId, true)}${orderBy(q.order, q.drilldown)}${limit(q)}
    ) as page on true${orderBy(q.order, q.drilldown, 'page')}`;
}

/**
 * One page of facts with every code, label and measure, and the count of all facts in the cut (same trick as above).
 * Labels are joined to the page only: joined before the limit they cost ~2 s on the Ley's 9,000 facts in PGlite.
 */
export function factsSql(cube: Cube, q: BabbageQuery): SQL {
  const codes = DIMENSION_NAMES.map((d) => id(codeColumn(d)));
  const measures = MEASURE_NAMES.map((m) => id(measureColumn(m)));
  const columns = [...DIMENSION_NAMES.map((d) => sql`page.${id(codeColumn(d))}`), ...labels(DIMENSION_NAMES),
    ...MEASURE_NAMES.map((m) => sql`page.${id(measureColumn(m))}::text as ${id(measureColumn(m))}`)];
  const tieBreak: Dimension[] = [...HIERARCHY, 'moneda', 'mes'];
  return sql`select (select count(*)::int from ${facts(cube)} as f where ${where(q.cuts)}) as total_fact_count, ${sql.join(columns, sql`, `)}
    from (select 1) as one left join lateral (
      select ${sql.join([...codes, ...measures], sql`, `)} from ${facts(cube)} as f where ${where(q.cuts)}${orderBy(q.order, tieBreak)}${limit(q)}
    ) as page on true${labelJoins([...HIERARCHY], cube.datasetId)}${orderBy(q.order, tieBreak, 'page')}`;
}
