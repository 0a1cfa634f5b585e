// Imports one parsed budget file (or folder) as a dataset, replacing the dataset of the same cube: the old one is
// deleted (its facts and labels cascade) and the new one inserted in the caller's one transaction, so readers see the
// old cube or the new one, never a mix, and a failure anywhere leaves the old one as it was.
// The audit entry is public (a published budget is a public fact) and holds counts and totals, nothing personal.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../core/audit/log.js';
import { institutions } from '../../../core/tenancy/schema.js';
import type { BudgetFact, ParsedBudget } from '../import/types.js';
import { budgetDatasets, budgetFacts, budgetLabels, budgetTechnologyRules, type BudgetFormat, type DatasetKind } from '../schema.js';
import { technologyMatcher, type TechnologyMatcher } from '../technology.js';
import { datasetTotals } from '../queries.js';

/**
 * Facts go in as one array per column through unnest(): one statement per batch with 15 parameters whatever its size,
 * where a multi-row VALUES needs 15 per row (at most ~4,300 rows under PostgreSQL's 65,535) and drizzle's builder
 * adds a cost per value (bench/budget-import.ts measures both). 50,000 rows keep each statement a few MB.
 */
const FACT_BATCH = 50_000;
/** 1,000 labels × 9 columns stays far below PostgreSQL's 65,535 parameters per statement. */
const LABEL_BATCH = 1000;
/** Arbitrary constant: imports of one cube take turns (a transaction-level advisory lock keyed by the cube's hash). */
const CUBE_LOCK = 0x0b0d6e7;

/** Lower-case words joined by hyphens: the cube names itself in URLs and file names. */
const CUBE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isCubeName = (name: string) => name.length <= 100 && CUBE_NAME.test(name);
/** The default cube name, "<institution slug>-<year>-<kind>": "dipres-2017-ley", "temuco-2024-ejecucion". */
export const defaultCubeName = (slug: string, year: number, kind: DatasetKind) => `${slug}-${year}-${kind}`;

/** A cube name already used by another institution's dataset: an import never replaces another tenant's data. */
export class CubeTakenError extends Error {}

export interface ImportDatasetInput {
  institutionId: number;
  /** Defaults to defaultCubeName(institution slug, year, kind). */
  cube?: string;
  year: number;
  format: BudgetFormat;
  kind: DatasetKind;
  sourceNames: string[];
  checksum: string;
  budget: ParsedBudget;
}

export async function importDataset(tx: Tx, input: ImportDatasetInput, actor: AuditActor,
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

  const rules = await tx.select({ code: budgetTechnologyRules.code }).from(budgetTechnologyRules).where(eq(budgetTechnologyRules.active, true));
  const isTechnology = technologyMatcher(rules);
  for (let done = 0; done < facts.length; done += FACT_BATCH) {
    await insertFacts(tx, dataset.id, input.institutionId, facts.slice(done, done + FACT_BATCH), isTechnology);
    onProgress(Math.min(done + FACT_BATCH, facts.length), facts.length);
  }
  for (let done = 0; done < labels.length; done += LABEL_BATCH) {
    // A node named twice (e.g. a program's peso and dollar files) keeps its first label.
    await tx.insert(budgetLabels).values(labels.slice(done, done + LABEL_BATCH)
      .map((l) => ({ ...l, datasetId: dataset.id, institutionId: input.institutionId }))).onConflictDoNothing();
  }

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

async function insertFacts(tx: Tx, datasetId: number, institutionId: number, facts: BudgetFact[], isTechnology: TechnologyMatcher) {
  const c = encodeColumns(facts, isTechnology);
  await tx.execute(sql`
    insert into ${budgetFacts} (dataset_id, institution_id, partida, capitulo, programa, subtitulo, item, asignacion,
      tipo, moneda, mes, inicial, vigente, ejecutado, tecnologia)
    select ${datasetId}::int, ${institutionId}::int, * from unnest(
      ${c.partida}::text[], ${c.capitulo}::text[], ${c.programa}::text[], ${c.subtitulo}::text[], ${c.item}::text[],
      ${c.asignacion}::text[], ${c.tipo}::text[], ${c.moneda}::text[], ${c.mes}::smallint[], ${c.inicial}::bigint[],
      ${c.vigente}::bigint[], ${c.ejecutado}::bigint[], ${c.tecnologia}::boolean[])`);
}

const TEXT_COLUMNS = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion', 'tipo', 'moneda'] as const;
const NUMBER_COLUMNS = ['mes', 'inicial', 'vigente', 'ejecutado'] as const;
type Column = (typeof TEXT_COLUMNS)[number] | (typeof NUMBER_COLUMNS)[number] | 'tecnologia';
const NEEDS_ESCAPE = /["\\]/;

/**
 * Each column as a PostgreSQL array literal, one text parameter each: both drivers pass a string through unchanged,
 * where their encodings of JS arrays (element types, bigint, null) differ. Built in one pass with string appends,
 * since at a million facts the encoding costs as much as the insert itself (bench/budget-import.ts).
 */
function encodeColumns(facts: BudgetFact[], isTechnology: TechnologyMatcher): Record<Column, string> {
  const out = { tecnologia: '{' } as Record<Column, string>;
  for (const k of [...TEXT_COLUMNS, ...NUMBER_COLUMNS]) out[k] = '{';
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const sep = i === 0 ? '' : ',';
    for (const k of TEXT_COLUMNS) {
      const v = f[k];
      out[k] += `${sep}"${NEEDS_ESCAPE.test(v) ? v.replace(/["\\]/g, '\\$&') : v}"`;
    }
    for (const k of NUMBER_COLUMNS) out[k] += sep + (f[k] ?? 'NULL');
    out.tecnologia += sep + (isTechnology(f) ? 't' : 'f');
  }
  for (const k of Object.keys(out) as Column[]) out[k] += '}';
  return out;
}
