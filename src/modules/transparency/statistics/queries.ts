// The figures of the statistics pages, per institution and year of filing (the year in the folio): how many requests
// arrived, how they ended, how many were answered within the deadline in force (Ley 20.285 art. 14: 20 business
// days, 30 once extended; on time means by the end of that day in Chile), why denials were denied (art. 21) and the
// median business days to answer, counted on each institution's calendar (Ley 19.880 art. 25). Read straight from the
// request rows, whose state and deadline columns are the cache of the replay (requests/schema.ts).
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { businessDaysBetween, findInstitutionCalendar, toSantiagoDate } from '../../../core/calendar/index.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { ANSWER_KINDS, DENIAL_CAUSES, transparencyRequests as r, transparencyRequestEvents as e, type AnswerKind, type DenialCause } from '../requests/schema.js';

export interface YearFigures {
  institutionId: number;
  year: number;
  received: number;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  pending: number;
  overdue: number;
  extended: number;
  transferred: number;
  withdrawn: number;
  answersByKind: Record<AnswerKind, number>;
  deniedByCause: Record<DenialCause, number>;
  /** Median business days from receipt to answer; null without answers. */
  medianBusinessDays: number | null;
}

const OPEN = sql`${r.state} in ('received', 'in_progress', 'awaiting_correction')`;
const RUNNING = sql`${r.state} in ('received', 'in_progress')`;
const EFFECTIVE_DUE = sql`coalesce(${r.extendedDueOn}, ${r.dueOn})`;
const ANSWERED_ON = sql`(${r.answeredAt} at time zone 'America/Santiago')::date`;
const count = (where: SQL) => sql<number>`(count(*) filter (where ${where}))::int`;

/** The instants a year of filing spans in Chile. */
function yearSpan(year: number): SQL {
  const from = fromSantiagoLocal(`${year}-01-01T00:00`)!;
  const to = fromSantiagoLocal(`${year + 1}-01-01T00:00`)!;
  return sql`${r.filedAt} >= ${from.toISOString()}::timestamptz and ${r.filedAt} < ${to.toISOString()}::timestamptz`;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The median of a list of numbers (the mean of the middle two for an even count); null for an empty list. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The figures of one year for the given institutions (all of them with requests that year when `institutionIds` is
 * null), as of `today` (a Santiago date) for what is overdue now.
 */
export async function findYearFigures(db: DbOrTx, opts: { year: number; institutionIds: number[] | null; today: string }): Promise<YearFigures[]> {
  const where = opts.institutionIds ? sql`${yearSpan(opts.year)} and ${inArray(r.institutionId, opts.institutionIds)}` : yearSpan(opts.year);
  const answered = sql`${r.state} = 'answered'`;
  const onTime = sql`${answered} and (${EFFECTIVE_DUE} is null or ${ANSWERED_ON} <= ${EFFECTIVE_DUE})`;
  const rows = await db.select({
    institutionId: r.institutionId,
    received: sql<number>`count(*)::int`,
    answered: count(answered),
    answeredOnTime: count(onTime),
    answeredLate: count(sql`${answered} and not (${onTime})`),
    pending: count(OPEN),
    overdue: count(sql`${RUNNING} and ${EFFECTIVE_DUE} < ${opts.today}::date`),
    extended: count(sql`${r.extendedDueOn} is not null`),
    transferred: count(sql`${r.state} = 'transferred'`),
    withdrawn: count(sql`${r.state} = 'withdrawn'`),
    ...Object.fromEntries(ANSWER_KINDS.map((k) => [`kind_${k}`, count(sql`${answered} and ${r.answerKind} = ${k}`)])),
  }).from(r).where(where).groupBy(r.institutionId).orderBy(asc(r.institutionId));
  if (rows.length === 0) return [];
  const causes = await findDenialCauses(db, where);
  const days = await findDaysToAnswer(db, where);
  return rows.map((row) => {
    const kinds = row as unknown as Record<string, number>;
    return {
      institutionId: row.institutionId, year: opts.year, received: row.received, answered: row.answered,
      answeredOnTime: row.answeredOnTime, answeredLate: row.answeredLate, pending: row.pending, overdue: row.overdue,
      extended: row.extended, transferred: row.transferred, withdrawn: row.withdrawn,
      answersByKind: Object.fromEntries(ANSWER_KINDS.map((k) => [k, kinds[`kind_${k}`] ?? 0])) as Record<AnswerKind, number>,
      deniedByCause: { ...zeros(DENIAL_CAUSES), ...causes.get(row.institutionId) },
      medianBusinessDays: median(days.get(row.institutionId) ?? []),
    };
  });
}

/** Art. 21 causes of the requests denied in whole or in part, from each request's last answer. */
async function findDenialCauses(db: DbOrTx, where: SQL) {
  const rows = await queryRows<{ institutionId: number; cause: DenialCause; n: number }>(db, sql`
    select ${r.institutionId} as "institutionId", ${e.data}->>'cause' as cause, count(*)::int as n
    from ${r} join ${e} on ${e.id} = (select max(x.id) from ${e} x where x.request_id = ${r.id} and x.kind = 'answered')
    where ${where} and ${r.state} = 'answered' and ${r.answerKind} in ('denied', 'partially_delivered') and ${e.data} ? 'cause'
    group by 1, 2`);
  const byInstitution = new Map<number, Partial<Record<DenialCause, number>>>();
  for (const row of rows) {
    if (!(DENIAL_CAUSES as readonly string[]).includes(row.cause)) continue;
    byInstitution.set(row.institutionId, { ...byInstitution.get(row.institutionId), [row.cause]: Number(row.n) });
  }
  return byInstitution;
}

/** Business days from receipt to answer of each answered request, on its institution's calendar. */
async function findDaysToAnswer(db: DbOrTx, where: SQL) {
  const rows = await db.select({ institutionId: r.institutionId, receivedOn: r.receivedOn, answeredAt: r.answeredAt })
    .from(r).where(and(where, eq(r.state, 'answered'), sql`${r.receivedOn} is not null and ${r.answeredAt} is not null`));
  const byInstitution = new Map<number, number[]>();
  const calendars = new Map<number, Awaited<ReturnType<typeof findInstitutionCalendar>>>();
  for (const row of rows) {
    let calendar = calendars.get(row.institutionId);
    if (!calendar) calendars.set(row.institutionId, calendar = await findInstitutionCalendar(db, row.institutionId));
    const days = businessDaysBetween(row.receivedOn!, toSantiagoDate(row.answeredAt!), calendar);
    byInstitution.set(row.institutionId, [...(byInstitution.get(row.institutionId) ?? []), days]);
  }
  return byInstitution;
}

/** The years with requests (of one institution, or of all), up to the current one, newest first. */
export async function listStatisticsYears(db: DbOrTx, institutionId: number | null, today: string): Promise<number[]> {
  const [row] = await db.select({ first: sql<string | null>`min(${r.filedAt})` }).from(r)
    .where(institutionId === null ? undefined : eq(r.institutionId, institutionId));
  const last = Number(today.slice(0, 4));
  const first = row?.first ? Math.min(last, Number(toSantiagoDate(new Date(row.first)).slice(0, 4))) : last;
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** Names and slugs of institutions, for the installation-wide table. */
export function listInstitutionNames(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: institutions.id, slug: institutions.slug, name: institutions.name }).from(institutions)
    .where(inArray(institutions.id, ids)).orderBy(asc(institutions.name));
}
