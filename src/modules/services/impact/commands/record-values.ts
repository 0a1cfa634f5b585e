// Recording monthly values, by hand (one month, every indicator: origin 'entered'), from a CSV ('import') or through
// the API ('api'). A value replaces the one of its indicator and month (the audit row keeps the count and months; the
// old figure stays in the previous audit rows). Every row is checked before anything is written: one bad row refuses
// the whole batch (DESIGN.md rule 8), and the refusal lists every problem, not just the first.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { servicesIndicatorValues, type ValueOrigin } from '../schema.js';
import { monthProblem, valueProblem } from '../series.js';
import type { IndicatorRow } from '../queries.js';

export type RowProblemCode = 'month' | 'future' | 'not_finite' | 'negative' | 'percent' | 'grade' | 'pesos' | 'duplicate' | 'indicator' | 'number';
/** A problem of row `at` (its index in the batch, or its line in a file) on one of its fields. */
export interface RowProblem { at: number; field: 'indicator' | 'month' | 'value'; code: RowProblemCode; params?: Record<string, string | number> }

export const problemKey = (code: string) => `services.impact.problem.${code}` as MessageKey;

/** Every problem of a refused batch; an InvalidField on the first one's field for callers that show only one. */
export class RefusedValues extends InvalidField {
  constructor(readonly problems: RowProblem[]) { super(problems[0]!.field, problemKey(problems[0]!.code)); }
}

export interface ValueRow { indicator: IndicatorRow; month: string; value: number; at: number }

/** The problems of rows for one service's indicators, as of `currentMonth`: months, units, one row per indicator-month. */
export function checkValueRows(rows: readonly ValueRow[], currentMonth: string): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const month = monthProblem(r.month, currentMonth);
    if (month) { problems.push({ at: r.at, field: 'month', code: month, params: { value: r.month, current: currentMonth } }); continue; }
    const value = valueProblem(r.indicator.unit, r.value);
    if (value) { problems.push({ at: r.at, field: 'value', code: value, params: { value: String(r.value) } }); continue; }
    const key = `${r.indicator.id}|${r.month}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ at: r.at, field: 'month', code: 'duplicate', params: { first } });
    else seen.set(key, r.at);
  }
  return problems;
}

/** 5 parameters a row: well under PostgreSQL's 65,535 bind parameters a statement. */
const BATCH = 2000;

export interface UpsertOutcome { rows: number; inserted: number; updated: number; months: string[] }

/** Writes checked rows (throws RefusedValues, writing nothing, if any row has a problem) with one public audit row. */
export async function upsertValues(tx: Tx, service: ServiceRecord, rows: readonly ValueRow[], origin: ValueOrigin, actor: AuditActor, currentMonth: string): Promise<UpsertOutcome> {
  if (rows.some((r) => r.indicator.serviceId !== service.id)) throw new RangeError('an indicator of another service');
  const problems = checkValueRows(rows, currentMonth);
  if (problems.length > 0) throw new RefusedValues(problems);
  let inserted = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const written = await tx.insert(servicesIndicatorValues)
      .values(rows.slice(i, i + BATCH).map((r) => ({ indicatorId: r.indicator.id, month: r.month, value: r.value, origin, recordedBy: actor.id })))
      .onConflictDoUpdate({
        target: [servicesIndicatorValues.indicatorId, servicesIndicatorValues.month],
        set: { value: sql`excluded.value`, origin: sql`excluded.origin`, recordedBy: sql`excluded.recorded_by`, recordedAt: sql`now()` },
      })
      // xmax is 0 for a row this statement inserted and non-zero for one it updated (PostgreSQL's MVCC header).
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    inserted += written.filter((w) => w.inserted).length;
  }
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const outcome = { rows: rows.length, inserted, updated: rows.length - inserted, months };
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: `services.indicator.values.${origin}`, resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, ...outcome, months: months.slice(0, 36), indicators: [...new Set(rows.map((r) => r.indicator.code))].sort() }, public: true,
  });
  return outcome;
}

/**
 * One month's values for several indicators, as the month form sends them: a number records (or replaces) that
 * month's value, null removes it (the form shows every recorded value, so an emptied box means "no figure for this
 * month"). Refused whole on any problem.
 */
export async function recordMonth(tx: Tx, service: ServiceRecord, month: string, entries: ReadonlyArray<{ indicator: IndicatorRow; value: number | null }>,
  actor: AuditActor, currentMonth: string): Promise<{ recorded: number; removed: number }> {
  const monthIssue = monthProblem(month, currentMonth);
  if (monthIssue) throw new RefusedValues([{ at: -1, field: 'month', code: monthIssue, params: { value: month, current: currentMonth } }]);
  const rows = entries.flatMap((e, at) => (e.value === null ? [] : [{ indicator: e.indicator, month, value: e.value, at }]));
  const cleared = entries.filter((e) => e.value === null).map((e) => e.indicator.id);
  const problems = checkValueRows(rows, currentMonth);
  if (problems.length > 0) throw new RefusedValues(problems);
  const removed = cleared.length === 0 ? [] : await tx.delete(servicesIndicatorValues)
    .where(and(inArray(servicesIndicatorValues.indicatorId, cleared), eq(servicesIndicatorValues.month, month))).returning({ id: servicesIndicatorValues.indicatorId });
  if (rows.length > 0) await upsertValues(tx, service, rows, 'entered', actor, currentMonth);
  if (removed.length > 0) {
    await appendAudit(tx, {
      actor, institutionId: service.incubator.institutionId, action: 'services.indicator.values.remove', resourceType: 'service', resourceId: service.id,
      summary: { slug: service.slug, month, indicators: entries.filter((e) => removed.some((r) => r.id === e.indicator.id)).map((e) => e.indicator.code) }, public: true,
    });
  }
  return { recorded: rows.length, removed: removed.length };
}
