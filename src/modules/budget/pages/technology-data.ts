// The figures of the technology lens: technology spending (facts flagged by the rule set, technology.ts) per
// institution and year, its share of each budget's gasto, its trend, and where inside a budget it goes. All sums come
// from the aggregate (aggregate.ts); shares use the national gasto rule (national-totals.ts) as denominator, so the
// Tesoro Público's transfers never dilute a national share.
import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { budgetDatasets } from '../schema.js';
import { mainMeasure, type BudgetDataset } from '../queries.js';
import { nationalGastoTotalOf } from '../national-totals.js';
import type { Cut } from '../babbage/grammar.js';
import { aggregate, type Amounts, type Cell } from './aggregate.js';

export const TECHNOLOGY_CUTS: Cut[] = [
  { dimension: 'tipo', values: ['gasto'] }, { dimension: 'moneda', values: ['CLP'] }, { dimension: 'tecnologia', values: ['true'] },
];

export interface TechnologyLine {
  dataset: BudgetDataset;
  institution: { slug: string; name: string };
  technology: Amounts;
  /** Gasto of the main measure (national rule applied). */
  gasto: bigint;
}

async function lineOf(db: DbOrTx, dataset: BudgetDataset, institution: { slug: string; name: string }): Promise<TechnologyLine> {
  const { total } = await aggregate(db, dataset, { cuts: TECHNOLOGY_CUTS, drilldown: [] });
  return { dataset, institution, technology: total, gasto: await nationalGastoTotalOf(db, dataset.id, mainMeasure(dataset)) };
}

const withInstitution = (db: DbOrTx) => db.select({ dataset: budgetDatasets, slug: institutions.slug, name: institutions.name })
  .from(budgetDatasets).innerJoin(institutions, eq(institutions.id, budgetDatasets.institutionId));

export async function yearsWithBudgets(db: DbOrTx): Promise<number[]> {
  const rows = await db.selectDistinct({ year: budgetDatasets.year }).from(budgetDatasets).orderBy(desc(budgetDatasets.year));
  return rows.map((r) => r.year);
}

/** Every dataset of the year, largest technology spending first. */
export async function technologyByInstitution(db: DbOrTx, year: number): Promise<TechnologyLine[]> {
  const rows = await withInstitution(db).where(eq(budgetDatasets.year, year)).orderBy(asc(institutions.name), asc(budgetDatasets.kind));
  const lines = await Promise.all(rows.map((r) => lineOf(db, r.dataset, { slug: r.slug, name: r.name })));
  const main = (l: TechnologyLine) => l.technology[mainMeasure(l.dataset)] ?? 0n;
  return lines.sort((a, b) => (main(b) > main(a) ? 1 : main(b) < main(a) ? -1 : 0));
}

/** One institution's datasets over the years, oldest first. */
export async function technologyTrend(db: DbOrTx, institutionId: number): Promise<TechnologyLine[]> {
  const rows = await withInstitution(db).where(eq(budgetDatasets.institutionId, institutionId)).orderBy(asc(budgetDatasets.year), asc(budgetDatasets.kind));
  return Promise.all(rows.map((r) => lineOf(db, r.dataset, { slug: r.slug, name: r.name })));
}

export interface TechnologyDetail {
  /** Programmes (partida.capítulo.programa) with the most technology spending; empty for budgets without programmes. */
  programmes: Cell[];
  /** Technology spending by clasificador code (subtítulo.ítem.asignación): what is bought. */
  codes: Cell[];
}

export async function technologyDetail(db: DbOrTx, dataset: BudgetDataset, limit = 10): Promise<TechnologyDetail> {
  const largestBy = mainMeasure(dataset);
  const [programmes, codes] = await Promise.all([
    aggregate(db, dataset, { cuts: TECHNOLOGY_CUTS, drilldown: ['partida', 'capitulo', 'programa'], largestBy, limit }),
    aggregate(db, dataset, { cuts: TECHNOLOGY_CUTS, drilldown: ['subtitulo', 'item', 'asignacion'], largestBy }),
  ]);
  return { programmes: programmes.cells.filter((c) => c.code.partida !== ''), codes: codes.cells };
}
