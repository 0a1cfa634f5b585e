// Imports one parsed budget file (or folder) as a dataset, replacing the dataset of the same cube: the old one is
// deleted (with its facts, labels and rollups) and the new one inserted in the caller's one transaction, so readers see the
// old cube or the new one, never a mix, and a failure anywhere leaves the old one as it was. Facts and labels go in
// with COPY (copy-rows.ts), and the aggregate API's rollups (rollups.ts) are summed from them as they go.
// The audit entry is public (a published budget is a public fact) and holds counts and totals, nothing personal.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../core/audit/log.js';
import { institutions } from '../../../core/tenancy/schema.js';
import type { NodeLabel, ParsedBudget } from '../import/types.js';
import { budgetDatasets, budgetTechnologyRules, type BudgetFormat, type DatasetKind } from '../schema.js';
import { holdTechnologyRules, technologyMatcher } from '../technology.js';
import { datasetTotals } from '../queries.js';
import { copyFacts, copyLabels, type FactSource } from '../copy-rows.js';
import { RollupBuilder } from '../rollups.js';

/** Arbitrary constant: imports of one cube take turns (a transaction-level advisory lock keyed by the cube's hash). */
const CUBE_LOCK = 0x0b0d6e7;

/** Lower-case words joined by hyphens: the cube names itself in URLs and file names. */
const CUBE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isCubeName = (name: string) => name.length <= 100 && CUBE_NAME.test(name);
/** The default cube name, "<institution slug>-<year>-<kind>": "dipres-2017-ley", "temuco-2024-ejecucion". */
export const defaultCubeName = (slug: string, year: number, kind: DatasetKind) => `${slug}-${year}-${kind}`;

/** A cube name already used by another institution's dataset: an import never replaces another tenant's data. */
export class CubeTakenError extends Error {}

/**
 * What importDataset stores: a parser's ParsedBudget, or facts that a generator yields one at a time (synthetic.ts
 * makes ten million that way), with their number known beforehand for the dataset row and the progress bar.
 */
export interface BudgetSource {
  facts: FactSource;
  labels: readonly NodeLabel[];
}

export interface ImportDatasetInput<Budget extends BudgetSource = ParsedBudget> {
  institutionId: number;
  /** Defaults to defaultCubeName(institution slug, year, kind). */
  cube?: string;
  year: number;
  format: BudgetFormat;
  kind: DatasetKind;
  sourceNames: string[];
  checksum: string;
  budget: Budget;
}

export async function importDataset(tx: Tx, input: ImportDatasetInput<BudgetSource>, actor: AuditActor,
  onProgress: (done: number, total: number) => void = () => {}) {
  const cube = input.cube ?? defaultCubeName(await institutionSlug(tx, input.institutionId), input.year, input.kind);
  if (!isCubeName(cube)) throw new Error(`not a cube name: "${cube}" (lower-case letters, digits and hyphens)`);
  await tx.execute(sql`select pg_advisory_xact_lock(${CUBE_LOCK}, hashtext(${cube}))`);

  const [previous] = await tx.select({ id: budgetDatasets.id, institutionId: budgetDatasets.institutionId, factCount: budgetDatasets.factCount })
    .from(budgetDatasets).where(eq(budgetDatasets.cube, cube));
  if (previous && previous.institutionId !== input.institutionId) throw new CubeTakenError(`the cube "${cube}" belongs to another institution`);
  if (previous) await tx.delete(budgetDatasets).where(eq(budgetDatasets.id, previous.id));

  const { facts, labels } = input.budget;
  const [dataset] = await tx.insert(budgetDatasets).values({
    institutionId: input.institutionId, cube, year: input.year, format: input.format, kind: input.kind,
    sourceNames: input.sourceNames, checksum: input.checksum, factCount: facts.length,
  }).returning({ id: budgetDatasets.id });

  // Flags come from the rules as they are now: a rule change waits for this import to commit (technology.ts).
  await holdTechnologyRules(tx);
  const rules = await tx.select({ code: budgetTechnologyRules.code }).from(budgetTechnologyRules).where(eq(budgetTechnologyRules.active, true));
  const cubeRows = { datasetId: dataset.id, institutionId: input.institutionId };
  const rollups = new RollupBuilder(facts.length);
  await copyFacts(tx, cubeRows, facts, technologyMatcher(rules), { onProgress, onFact: (fields, f) => rollups.add(fields, f) });
  await copyLabels(tx, cubeRows, labels);
  await rollups.write(tx, cubeRows);

  const totals = await datasetTotals(tx, dataset.id);
  await appendAudit(tx, {
    actor, institutionId: input.institutionId, action: 'budget_dataset.import', resourceType: 'budget_dataset', resourceId: cube,
    public: true,
    summary: {
      cube, year: input.year, format: input.format, kind: input.kind, sourceNames: input.sourceNames, checksum: input.checksum,
      facts: facts.length, labels: labels.length, replacedFacts: previous?.factCount ?? null,
      // jsonb has no bigint: totals are decimal strings of whole pesos (or dollars).
      totals: totals.map((t) => ({ tipo: t.tipo, moneda: t.moneda, inicial: t.inicial?.toString() ?? null, vigente: t.vigente?.toString() ?? null, ejecutado: t.ejecutado?.toString() ?? null })),
    },
  });
  return { cube, facts: facts.length, datasetId: dataset.id };
}

async function institutionSlug(tx: Tx, institutionId: number): Promise<string> {
  const [row] = await tx.select({ slug: institutions.slug }).from(institutions).where(eq(institutions.id, institutionId));
  if (!row) throw new Error(`no institution with id ${institutionId}`);
  return row.slug;
}
