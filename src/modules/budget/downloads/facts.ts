// Every fact of a cube, optionally cut, with the names of its nodes, read in batches for the streamed downloads and the
// Fiscal Data Package: memory holds one batch and the cube's node names, whatever the number of facts (DESIGN.md
// convention 7).
//
// Batches by physical position rather than a server-side cursor: a cursor lives in a transaction, which on PGlite (one
// connection) would hold the whole database for as long as the slowest client takes to download, and on PostgreSQL a
// pooled connection. Each batch is its own short statement reading the next range of the table's pages (a TID range
// scan, PostgreSQL 14+): one pass over the table in all, whatever the cube's size, with no index and no sort beyond the
// batch. Facts come out in storage order, which is the order they were imported in (the file's order).
// (Keyset pagination on the codes needed a top-N sort of the cube per batch: quadratic, 86 s for a million facts.)
import { eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { budgetFacts, budgetLabels } from '../schema.js';
import { findDataset, type BudgetDataset } from '../queries.js';
import type { Cut } from '../babbage/grammar.js';
import { HIERARCHY, type Dimension, type Level, type Measure } from '../babbage/model.js';

/** Codes as text (`d_mes` null for a yearly fact), node names (`n_`, null where the source names none), amounts as text. */
export type FactRow = { [K in `d_${Dimension}`]: string | null } & { [K in `n_${Level}`]: string | null } & { [K in `m_${Measure}`]: string | null };
type PositionedRow = FactRow & { k_row: string };

/** Table pages per batch: at ~80 facts a page, about 10,000 rows of one cube when it fills them. */
const PAGES_PER_BATCH = 128;

const id = (name: string) => sql.identifier(name);

/** The cube's facts under Babbage's column names (as babbage/sql.ts names them), so a cut means the same here. */
const cubeFacts = (dataset: Pick<BudgetDataset, 'id' | 'year'>, fromPage: number, toPage: number) => sql`(select
  ${sql.join(HIERARCHY.map((l) => sql`${id(l)} as ${id(`d_${l}`)}`), sql`, `)}, tipo as d_tipo, moneda as d_moneda,
  mes::text as d_mes, tecnologia::text as d_tecnologia, ${String(dataset.year)}::text as d_anio,
  inicial::text as m_inicial, vigente::text as m_vigente, ejecutado::text as m_ejecutado, ctid as k_row
  from ${budgetFacts} where dataset_id = ${dataset.id} and ctid >= ${`(${fromPage},0)`}::tid and ctid < ${`(${toPage},0)`}::tid) as f`;

const cutsWhere = (cuts: readonly Cut[]) => cuts.map((c) => sql` and ${id(`d_${c.dimension}`)} in (${sql.join(c.values.map((v) => sql`${v}`), sql`, `)})`);

function factBatchSql(dataset: Pick<BudgetDataset, 'id' | 'year'>, cuts: readonly Cut[], fromPage: number, toPage: number): SQL {
  return sql`select * from ${cubeFacts(dataset, fromPage, toPage)} where true${sql.join(cutsWhere(cuts), sql``)} order by k_row`;
}

/** The table's size in pages when the download starts: the cube's facts, committed before, all lie below it. */
async function tablePages(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ pages: string }>(db, sql`select (pg_relation_size(${'budget_facts'}::regclass) / current_setting('block_size')::int)::text as pages`);
  return Number(row.pages);
}

/** A node's codes down to `depth`, the levels below empty: the key of its label row. */
const nodeKey = (codes: Record<Level, string | null>, depth: number) => HIERARCHY.map((l, i) => (i <= depth ? codes[l] : '')).join('|');

/**
 * The cube's node names, read once per download rather than looked up per fact: they number as many as the cube's
 * nodes (~20,000 for the national budget), not its facts, and one query per batch for them cost more than the batch
 * (PostgreSQL's JIT compiled each one).
 */
async function nodeNames(db: DbOrTx, datasetId: number): Promise<Map<string, string>> {
  const rows = await db.select().from(budgetLabels).where(eq(budgetLabels.datasetId, datasetId));
  return new Map(rows.map((r) => [nodeKey(r, HIERARCHY.length - 1), r.label]));
}

/** A level's name is its node's label; a level the fact does not reach (ítem '' under a subtítulo) has no node. */
function named(row: PositionedRow, names: Map<string, string>): FactRow {
  const codes = Object.fromEntries(HIERARCHY.map((l) => [l, row[`d_${l}`]])) as Record<Level, string | null>;
  const { k_row: _position, ...out } = row as PositionedRow & Record<string, unknown>;
  HIERARCHY.forEach((level, depth) => {
    out[`n_${level}`] = codes[level] === '' ? null : names.get(nodeKey(codes, depth)) ?? null;
  });
  return out;
}

/** Thrown into a download's stream: the client sees a broken transfer, never a complete-looking file of half a cube. */
export class CubeChangedError extends Error {}

/**
 * Statements run one by one, so a re-import committing between two of them would delete the old facts under the
 * download: the next batch comes back empty and the file would end early. Checked whenever a read comes up short.
 */
export async function assertSameDataset(db: DbOrTx, dataset: Pick<BudgetDataset, 'id' | 'cube'>): Promise<void> {
  const now = await findDataset(db, dataset.cube);
  if (now?.id !== dataset.id) throw new CubeChangedError(`the cube ${dataset.cube} was replaced during the download`);
}

/** The cube's facts in the cut, batch after batch, in the order they were imported. */
export async function* factBatches(db: DbOrTx, dataset: Pick<BudgetDataset, 'id' | 'year' | 'cube'>, cuts: readonly Cut[] = [],
  pagesPerBatch = PAGES_PER_BATCH): AsyncGenerator<FactRow[]> {
  const names = await nodeNames(db, dataset.id);
  const pages = await tablePages(db);
  for (let from = 0; from < pages; from += pagesPerBatch) {
    const rows = await queryRows<PositionedRow>(db, factBatchSql(dataset, cuts, from, from + pagesPerBatch));
    if (rows.length > 0) yield rows.map((row) => named(row, names));
  }
  // A re-import committed meanwhile deleted the old facts under the download: fail rather than end with part of a cube.
  await assertSameDataset(db, dataset);
}
