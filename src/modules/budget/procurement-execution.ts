// Payments made under procurement contracts, as budget execution. Issue 8 asks that the institution's execution show
// what it pays its suppliers on a budget line, so the technology lens counts a payment for software the day it is
// made, not when the next DIPRES or municipal report is imported. Each institution and year gets one execution
// dataset Cabildo maintains itself, apart from the imported ones (an import replaces its cube whole and would erase
// the payments): cube "<slug>-<year>-pagos-compras", one fact per payment (ejecutado, its month), flagged by the
// active technology rules like any imported fact, its rollups refreshed in the same transaction.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../core/audit/log.js';
import { institutions } from '../../core/tenancy/schema.js';
import { budgetDatasets, budgetFacts, budgetLabels, budgetTechnologyRules } from './schema.js';
import { holdTechnologyRules, technologyMatcher } from './technology.js';
import { refreshBudgetRollups } from './rollups.js';
import { checkCode } from './import/hierarchy.js';
import { classifierEntry } from './clasificador.js';
import type { ClassificationCode } from './import/types.js';

/** 'subtítulo.ítem[.asignación]' of the clasificador (Decreto 854/2004), as procurement lots write it: '22.11.003'. */
const BUDGET_LINE = /^(\d{2})\.(\d{2})(?:\.(\d{3}))?$/;

/**
 * The classification of a budget line, or null when it is not a gasto line of the clasificador (subtítulos 21–35):
 * a payment is spending. No partida, capítulo or programa: procurement names the economic line only, as municipal
 * budgets do (import/hierarchy.ts).
 */
export function parseBudgetLine(line: string): ClassificationCode | null {
  const m = BUDGET_LINE.exec(line.trim());
  if (!m) return null;
  const code = { partida: '', capitulo: '', programa: '', subtitulo: m[1]!, item: m[2]!, asignacion: m[3] ?? '' };
  const n = Number(code.subtitulo);
  return checkCode(code) === null && n >= 21 && n <= 35 ? code : null;
}

export const procurementPaymentsCube = (slug: string, year: number) => `${slug}-${year}-pagos-compras`;
export const procurementPaymentsSource = (year: number) => `Pagos de compras públicas (Cabildo) ${year}`;

export type ProcurementPayment = {
  institutionId: number;
  year: number;
  /** 1–12. */
  month: number;
  budgetLine: string;
  /** Integer pesos. */
  amount: number;
  /** What was paid, for the audit entry: e.g. { ocid, contractId, paymentId }. */
  reference: Record<string, string | number>;
};

/** Records one executed payment; returns the cube it went to and whether it counts as technology. */
export async function recordProcurementPayment(tx: Tx, p: ProcurementPayment, actor: AuditActor): Promise<{ cube: string; datasetId: number; tecnologia: boolean }> {
  const code = parseBudgetLine(p.budgetLine);
  if (!code) throw new RangeError(`not a gasto budget line: "${p.budgetLine}" (e.g. 22.11.003)`);
  if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) throw new RangeError(`not a month: ${p.month}`);
  if (!Number.isSafeInteger(p.amount) || p.amount <= 0) throw new RangeError(`not an amount: ${p.amount}`);
  const dataset = await paymentsDataset(tx, p.institutionId, p.year);

  // Flags come from the rules as they are now: a rule change waits for this transaction (technology.ts).
  await holdTechnologyRules(tx);
  const rules = await tx.select({ code: budgetTechnologyRules.code }).from(budgetTechnologyRules).where(eq(budgetTechnologyRules.active, true));
  const tecnologia = technologyMatcher(rules)(code);
  await tx.insert(budgetFacts).values({
    datasetId: dataset.id, institutionId: p.institutionId, inicial: null, vigente: null, ejecutado: BigInt(p.amount), mes: p.month, tecnologia,
    ...code, tipo: 'gasto', moneda: 'CLP',
  });
  await labelNodes(tx, dataset.id, p.institutionId, code);
  // The checksum chains every payment, so it still tells whether the dataset changed since a download.
  const checksum = createHash('sha256').update(`${dataset.checksum}\n${p.year}-${p.month}\t${p.budgetLine}\t${p.amount}`).digest('hex');
  await tx.update(budgetDatasets).set({ factCount: sql`${budgetDatasets.factCount} + 1`, checksum, importedAt: new Date() })
    .where(eq(budgetDatasets.id, dataset.id));
  await refreshBudgetRollups(tx, dataset.id);
  await appendAudit(tx, {
    actor, institutionId: p.institutionId, action: 'budget_dataset.procurement_payment', resourceType: 'budget_dataset', resourceId: dataset.cube, public: true,
    summary: { cube: dataset.cube, year: p.year, month: p.month, budgetLine: p.budgetLine, amount: p.amount, tecnologia, ...p.reference },
  });
  return { cube: dataset.cube, datasetId: dataset.id, tecnologia };
}

/** The institution's payments dataset of the year, created on first use and locked for this transaction. */
async function paymentsDataset(tx: Tx, institutionId: number, year: number) {
  const [institution] = await tx.select({ slug: institutions.slug }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw new Error(`no institution with id ${institutionId}`);
  const cube = procurementPaymentsCube(institution.slug, year);
  // Its own format: the facts carry only ejecutado, so the pages read it by that measure (queries.ts mainMeasure).
  await tx.insert(budgetDatasets).values({
    institutionId, cube, year, format: 'cabildo-procurement', kind: 'ejecucion', sourceNames: [procurementPaymentsSource(year)],
    checksum: createHash('sha256').update(cube).digest('hex'), factCount: 0,
  }).onConflictDoNothing({ target: budgetDatasets.cube });
  const [dataset] = await tx.select().from(budgetDatasets).where(eq(budgetDatasets.cube, cube)).for('update');
  // A cube name is unique in the installation: an importer could have taken this one for another institution.
  if (!dataset || dataset.institutionId !== institutionId || dataset.year !== year) throw new Error(`the cube "${cube}" is taken by another dataset`);
  return dataset;
}

/** Names the line's subtítulo, ítem and asignación in the clasificador's words, once per dataset. */
async function labelNodes(tx: Tx, datasetId: number, institutionId: number, code: ClassificationCode) {
  const levels = [
    { ...code, item: '', asignacion: '' },
    { ...code, asignacion: '' },
    ...(code.asignacion ? [code] : []),
  ];
  for (const node of levels) {
    const entry = classifierEntry(node.subtitulo, node.item, node.asignacion);
    if (entry) await tx.insert(budgetLabels).values({ datasetId, institutionId, ...node, label: entry.name }).onConflictDoNothing();
  }
}
