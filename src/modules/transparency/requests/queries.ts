// Reads of information requests. The rows carry everything (the requester's email included): only present.ts decides
// what leaves. Overdue is one SQL expression against today's Santiago date, so list, filter, export and page agree:
// a request due on the 14th is on time all of the 14th in Chile, and overdue from the first minute of the 15th.
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../core/db/client.js';
import { toSantiagoDate, type CalendarDate } from '../../../core/calendar/index.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { people } from '../../../core/auth/schema.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { hashAccessToken } from './commands/file-request.js';
import { FINAL_STATES, transparencyRequestEvents as ev, transparencyRequests as r, type RequestState } from './schema.js';

export const OPEN_STATES = ['received', 'in_progress', 'awaiting_correction'] as const;

/** Not final and past the deadline in force (the extended one once extended); never null: awaiting correction has no deadline. */
/**
 * The text appears in one of the columns, accents and case ignored (unaccent is loaded on both databases); LIKE's
 * wildcards typed by the reader are literal.
 */
const containsText = (columns: PgColumn[], text: string) =>
  sql`unaccent(concat_ws(' ', ${sql.join(columns.map((c) => sql`${c}`), sql`, `)})) ilike unaccent(${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`;

export const overdueSql = (today: CalendarDate) => sql<boolean>`coalesce(${r.state} not in (${sql.join(FINAL_STATES.map((s) => sql`${s}`), sql`, `)})
  and coalesce(${r.extendedDueOn}, ${r.dueOn}) < ${today}::date, false)`;

const requestColumns = (today: CalendarDate) => ({
  id: r.id, institutionId: r.institutionId, folio: r.folio, subject: r.subject, body: r.body, format: r.format, delivery: r.delivery,
  requesterName: r.requesterName, requesterEmail: r.requesterEmail, requesterAddress: r.requesterAddress,
  requesterPersonId: r.requesterPersonId, showName: r.showName, filedAt: r.filedAt, transferredFromId: r.transferredFromId,
  state: r.state, receivedOn: r.receivedOn, dueOn: r.dueOn, extendedDueOn: r.extendedDueOn, correctionDueOn: r.correctionDueOn,
  appealUntil: r.appealUntil, clock: r.clock, answerKind: r.answerKind, answeredAt: r.answeredAt, satisfied: r.satisfied,
  updatedAt: r.updatedAt, overdue: overdueSql(today), institutionSlug: institutions.slug, institutionName: institutions.name,
});

async function selectRequests(db: DbOrTx, where: SQL, today: CalendarDate) {
  return db.select(requestColumns(today)).from(r).innerJoin(institutions, eq(institutions.id, r.institutionId)).where(where);
}
export type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];

export async function findRequest(db: DbOrTx, institutionId: number, folio: string, today = toSantiagoDate(new Date())): Promise<RequestRow | null> {
  const [row] = await selectRequests(db, and(eq(r.institutionId, institutionId), eq(r.folio, folio))!, today);
  return row ?? null;
}

export async function findRequestById(db: DbOrTx, id: number, today = toSantiagoDate(new Date())): Promise<RequestRow | null> {
  const [row] = await selectRequests(db, eq(r.id, id), today);
  return row ?? null;
}

/** The request a private link opens (token compared by its sha256, the only thing stored). */
export async function findRequestByToken(db: DbOrTx, token: string, today = toSantiagoDate(new Date())): Promise<RequestRow | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await selectRequests(db, eq(r.accessTokenHash, hashAccessToken(token)), today);
  return row ?? null;
}

/** Art. 13: the requests this one was transferred to on this installation (the requester follows them from the original). */
export async function listTransfersOf(db: DbOrTx, requestId: number, today = toSantiagoDate(new Date())): Promise<RequestRow[]> {
  return (await selectRequests(db, eq(r.transferredFromId, requestId), today)).sort((a, b) => a.id - b.id);
}

export type RequestEventRow = {
  id: number; kind: string; data: unknown; author: 'requester' | 'official' | 'system'; at: Date; public: boolean; officialName: string | null;
};

/** The timeline, oldest first; internal notes only for the institution's officials. Officials act in public by name. */
export async function listRequestEvents(db: DbOrTx, requestId: number, opts: { includeInternal: boolean }): Promise<RequestEventRow[]> {
  const where = opts.includeInternal ? eq(ev.requestId, requestId) : and(eq(ev.requestId, requestId), eq(ev.public, true));
  return db.select({
    id: ev.id, kind: ev.kind, data: ev.data, author: ev.author, at: ev.at, public: ev.public,
    officialName: sql<string | null>`case when ${ev.author} = 'official' then ${people.name} end`,
  }).from(ev).leftJoin(people, eq(people.id, ev.personId)).where(where).orderBy(asc(ev.id));
}

export type RequestFilter = { institutionId: number; state?: RequestState; overdue?: boolean; q?: string; cursor?: string; limit: number; today?: CalendarDate };

/** One page, newest first, by keyset on id. */
export async function listRequests(db: DbOrTx, f: RequestFilter): Promise<{ items: RequestRow[]; next: string | null }> {
  const today = f.today ?? toSantiagoDate(new Date());
  const w: SQL[] = [eq(r.institutionId, f.institutionId)];
  if (f.state) w.push(eq(r.state, f.state));
  if (f.overdue !== undefined) w.push(f.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`);
  if (f.q) w.push(containsText([r.folio, r.subject, r.body], f.q));
  const [after] = decodeCursor(f.cursor) ?? [];
  if (typeof after === 'number') w.push(lt(r.id, after));
  const rows = await db.select(requestColumns(today)).from(r).innerJoin(institutions, eq(institutions.id, r.institutionId))
    .where(and(...w)).orderBy(desc(r.id)).limit(f.limit + 1);
  return pageOf(rows, f.limit, (row) => [row.id]);
}

/** The whole filtered list for exports, in keyset batches: memory stays flat whatever its length. */
export async function* allRequests(db: DbOrTx, f: Omit<RequestFilter, 'cursor' | 'limit'>, batch = 500): AsyncGenerator<RequestRow> {
  let cursor: string | undefined;
  do {
    const page = await listRequests(db, { ...f, cursor, limit: batch });
    yield* page.items;
    cursor = page.next ?? undefined;
  } while (cursor);
}

export type InboxFilter = { institutionId: number; state?: (typeof OPEN_STATES)[number]; overdue?: boolean; dueBy?: string; q?: string; cursor?: string; limit: number; today: string };

/**
 * The officials' inbox: open requests, the most urgent first (the deadline in force, or the correction's while one is
 * awaited), by keyset on (deadline, id). listRequests gives newest first, which is the public's order, not a desk's.
 */
export async function listInbox(db: DbOrTx, f: InboxFilter) {
  const deadline = sql<string>`coalesce(${r.extendedDueOn}, ${r.dueOn}, ${r.correctionDueOn}, '9999-12-31'::date)::text`;
  const w: SQL[] = [eq(r.institutionId, f.institutionId), inArray(r.state, f.state ? [f.state] : [...OPEN_STATES])];
  if (f.overdue !== undefined) w.push(f.overdue ? overdueSql(f.today) : sql`not ${overdueSql(f.today)}`);
  if (f.dueBy) w.push(sql`${deadline} <= ${f.dueBy}`);
  // Officials also look a request up by the requester's name.
  if (f.q) w.push(containsText([r.folio, r.subject, r.body, r.requesterName], f.q));
  const [afterDue, afterId] = decodeCursor(f.cursor) ?? [];
  if (typeof afterDue === 'string' && typeof afterId === 'number') w.push(sql`(${deadline}, ${r.id}) > (${afterDue}, ${afterId})`);
  const rows = await db.select({
    id: r.id, folio: r.folio, subject: r.subject, state: r.state, filedAt: r.filedAt, requesterName: r.requesterName,
    deadline, overdue: overdueSql(f.today),
  }).from(r).where(and(...w)).orderBy(sql`${deadline}`, asc(r.id)).limit(f.limit + 1);
  return pageOf(rows, f.limit, (row) => [row.deadline, row.id]);
}
export type InboxRow = Awaited<ReturnType<typeof listInbox>>['items'][number];
