// Where a commitment comes from, checked before it is written: the referenced row must exist and belong to the same
// institution (a commitment cannot claim another institution's proposal), a proposal must have been accepted, a
// contract is named by its OCDS ocid, and a plan line needs its plan's pillar and axes. A commitment inherits the
// process of its origin, so the process's followers hear of it too.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { InvalidField } from '../../../core/http/errors.js';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { participationProcesses } from '../processes/schema.js';
import { participationActionPlans, participationPlanAxes, participationPlanPillars, type OriginType } from './schema.js';
import { OCID_PATTERN } from './rules.js';

/** A 422 about one field: the page shows it next to that field, the API as its message. */
export { InvalidField };

/** A real calendar date ('YYYY-MM-DD'), or a 422 on its field: 2027-02-30 must not become a due date. */
export function checkDate(field: string, value: string | null | undefined) {
  if (value == null) return;
  try { toDayNumber(value); } catch { throw new InvalidField(field, 'participation.commitment.error.date'); }
}

export interface OriginInput {
  originType: OriginType; originId?: number | null; originRef?: string | null;
  processId?: number | null; actionPlanId?: number | null; pillarId?: number | null; axisIds?: number[];
}

/** Tables of the origins that are participation rows (a contract's ocid and a plan line are checked apart). */
const TABLES: Partial<Record<OriginType, string>> = {
  proposal: 'participation_proposals', vote: 'participation_votes', consultation: 'participation_consultations', budget_project: 'participation_budget_projects',
};

async function originRow(db: DbOrTx, table: string, id: number) {
  // to_jsonb reads whichever columns the table has (a budget project may carry no process).
  const [row] = await queryRows<{ r: Record<string, unknown> }>(db, sql`select to_jsonb(o) as r from ${sql.identifier(table)} o where id = ${id}`);
  return row?.r ?? null;
}

/** The process an origin row belongs to: its own column, or for a budget project its budget's. */
async function processOfOrigin(db: DbOrTx, row: Record<string, unknown>): Promise<number | null> {
  if (row.process_id != null) return Number(row.process_id);
  if (row.budget_id == null) return null;
  const budget = await originRow(db, 'participation_budgets', Number(row.budget_id));
  return budget && budget.process_id != null ? Number(budget.process_id) : null;
}

/** The checked origin with the process it implies; throws InvalidField naming the field at fault. */
export async function checkOrigin(db: DbOrTx, institutionId: number, o: OriginInput): Promise<{ processId: number | null }> {
  let processId = o.processId ?? null;
  const table = TABLES[o.originType];
  if (table) {
    if (!o.originId) throw new InvalidField('originId', 'participation.commitment.error.originIdRequired');
    const row = await originRow(db, table, o.originId);
    if (row === null || Number(row.institution_id) !== institutionId) throw new InvalidField('originId', 'participation.commitment.error.originNotFound');
    if (o.originType === 'proposal' && row.state !== 'accepted') throw new InvalidField('originId', 'participation.commitment.error.proposalNotAccepted');
    if (processId === null) processId = await processOfOrigin(db, row);
  } else if (o.originId) throw new InvalidField('originId', 'participation.commitment.error.originIdNotAllowed');
  if (o.originType === 'procurement_contract' && !new RegExp(OCID_PATTERN).test(o.originRef ?? '')) throw new InvalidField('originRef', 'participation.commitment.error.ocid');
  if (o.originType !== 'procurement_contract' && o.originRef) throw new InvalidField('originRef', 'participation.commitment.error.originRefNotAllowed');
  await checkPlan(db, institutionId, o);
  if (processId !== null) {
    const [p] = await db.select({ id: participationProcesses.id }).from(participationProcesses)
      .where(and(eq(participationProcesses.id, processId), eq(participationProcesses.institutionId, institutionId)));
    if (!p) throw new InvalidField('processId', 'participation.commitment.error.processNotFound');
  }
  return { processId };
}

/** A plan line belongs to a plan of the institution, with one of that plan's pillars and any of its axes. */
async function checkPlan(db: DbOrTx, institutionId: number, o: OriginInput) {
  const line = o.originType === 'action_plan_line';
  if (!line) {
    if (o.actionPlanId || o.pillarId || o.axisIds?.length) throw new InvalidField('actionPlanId', 'participation.commitment.error.planOnlyForLines');
    return;
  }
  if (!o.actionPlanId) throw new InvalidField('actionPlanId', 'participation.commitment.error.planRequired');
  const [plan] = await db.select({ id: participationActionPlans.id }).from(participationActionPlans)
    .where(and(eq(participationActionPlans.id, o.actionPlanId), eq(participationActionPlans.institutionId, institutionId)));
  if (!plan) throw new InvalidField('actionPlanId', 'participation.commitment.error.planNotFound');
  if (!o.pillarId) throw new InvalidField('pillarId', 'participation.commitment.error.pillarRequired');
  const [pillar] = await db.select({ id: participationPlanPillars.id }).from(participationPlanPillars)
    .where(and(eq(participationPlanPillars.id, o.pillarId), eq(participationPlanPillars.planId, plan.id)));
  if (!pillar) throw new InvalidField('pillarId', 'participation.commitment.error.pillarNotInPlan');
  const axisIds = [...new Set(o.axisIds ?? [])];
  if (axisIds.length === 0) return;
  const found = await db.select({ id: participationPlanAxes.id }).from(participationPlanAxes)
    .where(and(inArray(participationPlanAxes.id, axisIds), eq(participationPlanAxes.planId, plan.id)));
  if (found.length !== axisIds.length) throw new InvalidField('axisIds', 'participation.commitment.error.axisNotInPlan');
}
