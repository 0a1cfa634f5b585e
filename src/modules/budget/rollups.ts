// Pre-aggregated facts for the aggregate API: a GROUP BY over ten million facts takes seconds, over the few thousand
// rows of a rollup milliseconds. Each grain sums the facts over some classification levels and keeps every other
// dimension, so any query whose cuts and drilldowns use only the kept dimensions gets exactly the cells budget_facts
// would give, counts included (a row stands for n facts). A grain is stored only where it folds the facts at least
// FOLD to one, in datasets big enough to need it: transaction-level execution (many payments per code and month) folds
// tenfold or more even at the finest grain, while monthly execution reported per code only folds at the coarse grains,
// and a query that no stored grain covers reads budget_facts, which is then no bigger (babbage/sql.ts).
//
// The grains are summed in JavaScript from the facts as the import streams them to COPY (while PostgreSQL, on the
// other core, parses the COPY), and written with COPY too: for a million facts on PostgreSQL that adds 2.6 s to the
// import, where grouping them in the database afterwards (refreshBudgetRollups) takes 6.8 s (bench/budget-import.ts).
// Whoever changes facts in place (re-flagging tecnologia when the technology rules change) calls refreshBudgetRollups
// in that change's transaction.
import { and, asc, eq, getTableName, inArray, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, type Tx } from '../../core/db/client.js';
import { copyInto } from '../../core/db/copy.js';
import { HIERARCHY, type Dimension, type Level } from './babbage/model.js';
import { DIMENSION_COLUMNS, MEASURE_COLUMNS, dimensionFields, inChunks, measureFields, type Measures } from './copy-rows.js';
import { budgetDatasets, budgetFacts, budgetRollupGrains, budgetRollups } from './schema.js';

export interface RollupGrain {
  /** Stored in budget_rollups.grain. */
  id: number;
  /** The levels summed over, stored as ''. */
  drops: readonly Level[];
}

/**
 * The economic classification (subtítulo … asignación, by tipo, month, technology) drops the institution's levels; the
 * program grain drops ítem and asignación, what most drilldowns from partida down to subtítulo need; the finest keeps
 * every dimension.
 */
export const ROLLUP_GRAINS: readonly RollupGrain[] = [
  { id: 2, drops: ['partida', 'capitulo', 'programa'] },
  { id: 1, drops: ['item', 'asignacion'] },
  { id: 0, drops: [] },
];

const FINEST = ROLLUP_GRAINS.find((g) => g.drops.length === 0)!;

/** A grain is worth its storage and its build when it has at most 1/FOLD as many rows as the facts. */
const FOLD = 2;
/**
 * Below this many facts no grain is built: a GROUP BY over them takes milliseconds (the Ley 2017's 6,587 facts by
 * partida: ~5 ms on PostgreSQL, ~10 ms on PGlite), and writing rollups would add a fifth to the Ley's import.
 */
const MIN_FACTS = 50_000;

/** The grains that keep every dimension the query cuts or drills down by. */
export function rollupGrainsFor(dimensions: Iterable<Dimension>): RollupGrain[] {
  const used = new Set<Dimension>(dimensions);
  return ROLLUP_GRAINS.filter((g) => !g.drops.some((level) => used.has(level)));
}

/**
 * The smallest grain stored for the dataset that keeps every dimension used, or null when none is (no grain folded
 * the facts enough, or the dataset predates the rollups): the query then reads budget_facts. Asked apart from the
 * aggregate, so the aggregate's plan is made for the one table it reads.
 */
export async function storedRollupGrain(db: DbOrTx, datasetId: number, dimensions: Iterable<Dimension>): Promise<number | null> {
  const [stored] = await db.select({ grain: budgetRollupGrains.grain }).from(budgetRollupGrains)
    .where(and(eq(budgetRollupGrains.datasetId, datasetId), inArray(budgetRollupGrains.grain, rollupGrainsFor(dimensions).map((g) => g.id))))
    .orderBy(asc(budgetRollupGrains.rows)).limit(1);
  return stored?.grain ?? null;
}

interface Cell { n: number; inicial: bigint | null; vigente: bigint | null; ejecutado: bigint | null }

/** Null only when every value is (SQL's sum): a measure the source does not give stays unknown, not zero. */
const plus = (a: bigint | null, b: bigint | null) => (a === null ? b : b === null ? a : a + b);

/**
 * The grain's key of a fact's dimension fields (copy-rows.ts, dimensionFields): the same fields with the levels it
 * sums over blanked, found by their tabs (the levels come first, in HIERARCHY order).
 */
function projector(drops: readonly Level[]): (fields: string) => string {
  const blanked = HIERARCHY.map((level) => drops.includes(level));
  return (fields) => {
    let key = '';
    let start = 0;
    for (const blank of blanked) {
      const end = fields.indexOf('\t', start) + 1;
      key += blank ? '\t' : fields.slice(start, end);
      start = end;
    }
    return key + fields.slice(start);
  };
}

interface Coarse {
  grain: RollupGrain;
  keyOf: (fields: string) => string;
  /** By key; null once the grain has too many cells to be stored. */
  cells: Map<string, Cell> | null;
}

/**
 * Sums facts (or rows that already sum several) into the grains, then writes those that fold them enough. The
 * finest grain is keyed by the fields the fact's COPY row already has, one lookup a fact; the coarser ones are summed
 * from it at the end, since it is far smaller than the facts. A grain is given up as soon as it has more cells than
 * FOLD allows, so a file of one fact per code never holds a second copy of itself in memory: the coarser grains are
 * then summed from what the finest had so far and from each fact after it.
 */
export class RollupBuilder {
  private finest: Map<string, Cell> | null = new Map();
  private readonly coarse: Coarse[] = ROLLUP_GRAINS.filter((g) => g !== FINEST).map((grain) => ({ grain, keyOf: projector(grain.drops), cells: new Map() }));
  private readonly maxCells: number;

  /** `facts`: how many the dataset has, known before they are summed. */
  constructor(facts: number) {
    this.maxCells = Math.floor(facts / FOLD);
    if (facts < MIN_FACTS) {
      this.finest = null;
      for (const g of this.coarse) g.cells = null;
    }
  }

  /** A fact's dimension fields (copy-rows.ts, dimensionFields) and measures, or a row summing `n` facts. */
  add(fields: string, measures: Measures, n = 1) {
    if (this.finest !== null) {
      if (addTo(this.finest, fields, n, measures) <= this.maxCells) return;
      this.sumCoarseFromFinest();
      this.finest = null;
      return;
    }
    for (const g of this.coarse) {
      if (g.cells !== null && addTo(g.cells, g.keyOf(fields), n, measures) > this.maxCells) g.cells = null;
    }
  }

  /** Writes the grains kept, and lists them in budget_rollup_grains. */
  async write(tx: Tx, cube: { datasetId: number; institutionId: number }) {
    if (this.finest !== null) this.sumCoarseFromFinest();
    for (const { grain, cells } of [{ grain: FINEST, cells: this.finest }, ...this.coarse]) {
      if (cells === null || !fitsBigint(cells)) continue;
      await copyInto(tx, getTableName(budgetRollups), ROLLUP_COLUMNS, inChunks(rollupRows(cells, `${cube.datasetId}\t${cube.institutionId}\t${grain.id}\t`)));
      await tx.insert(budgetRollupGrains).values({ datasetId: cube.datasetId, grain: grain.id, rows: cells.size });
    }
  }

  private sumCoarseFromFinest() {
    for (const g of this.coarse) {
      for (const [fields, cell] of this.finest!) {
        if (g.cells !== null && addTo(g.cells, g.keyOf(fields), cell.n, cell) > this.maxCells) g.cells = null;
      }
    }
  }
}

const BIGINT_MAX = 2n ** 63n - 1n;
const fits = (v: bigint | null) => v === null || (v <= BIGINT_MAX && v >= -BIGINT_MAX - 1n);
/**
 * Whether every sum fits the rollup's bigint columns. Never false for real budgets (a cell of 9.2·10^18 pesos); if it
 * were, the grain is not stored and its queries read a finer one or the facts, whose sums are numeric.
 */
const fitsBigint = (cells: Map<string, Cell>) => [...cells.values()].every((c) => fits(c.inicial) && fits(c.vigente) && fits(c.ejecutado));

/** Adds to the cell of `key`, creating it; the number of cells after. */
function addTo(cells: Map<string, Cell>, key: string, n: number, { inicial, vigente, ejecutado }: Measures): number {
  const cell = cells.get(key);
  if (cell === undefined) {
    cells.set(key, { n, inicial, vigente, ejecutado });
  } else {
    cell.n += n;
    cell.inicial = plus(cell.inicial, inicial);
    cell.vigente = plus(cell.vigente, vigente);
    cell.ejecutado = plus(cell.ejecutado, ejecutado);
  }
  return cells.size;
}

const ROLLUP_COLUMNS = ['dataset_id', 'institution_id', 'grain', 'n', ...DIMENSION_COLUMNS, ...MEASURE_COLUMNS];

function* rollupRows(cells: Map<string, Cell>, prefix: string) {
  for (const [dimensions, c] of cells) yield `${prefix}${c.n}\t${dimensions}\t${measureFields(c)}\n`;
}

interface GroupedFacts {
  partida: string; capitulo: string; programa: string; subtitulo: string; item: string; asignacion: string;
  mes: number | null; tecnologia: boolean; tipo: 'ingreso' | 'gasto'; moneda: 'CLP' | 'USD';
  n: number; inicial: string | null; vigente: string | null; ejecutado: string | null;
}

/**
 * Rebuilds the dataset's rollups from its facts, grouped by every dimension in the database (far fewer rows to carry
 * than the facts). Call it in the transaction that changed the facts, so readers never see the two disagree.
 */
export async function refreshBudgetRollups(tx: Tx, datasetId: number): Promise<void> {
  await tx.delete(budgetRollups).where(eq(budgetRollups.datasetId, datasetId));
  await tx.delete(budgetRollupGrains).where(eq(budgetRollupGrains.datasetId, datasetId));
  const [dataset] = await tx.select({ institutionId: budgetDatasets.institutionId, factCount: budgetDatasets.factCount })
    .from(budgetDatasets).where(eq(budgetDatasets.id, datasetId));
  if (!dataset) throw new Error(`no budget dataset ${datasetId}`);
  if (dataset.factCount < MIN_FACTS) return;
  const dimensions = sql.join(DIMENSION_COLUMNS.map((c) => sql.identifier(c)), sql`, `);
  const groups = await queryRows<GroupedFacts>(tx, sql`
    select ${dimensions}, count(*)::int as n, sum(inicial)::text as inicial, sum(vigente)::text as vigente, sum(ejecutado)::text as ejecutado
    from ${budgetFacts} where dataset_id = ${datasetId} group by ${dimensions}`);
  const builder = new RollupBuilder(dataset.factCount);
  const big = (v: string | null) => (v === null ? null : BigInt(v));
  for (const g of groups) builder.add(dimensionFields(g, g.tecnologia), { inicial: big(g.inicial), vigente: big(g.vigente), ejecutado: big(g.ejecutado) }, g.n);
  await builder.write(tx, { datasetId, institutionId: dataset.institutionId });
}
