// What the request routes share: the institution and the request or 404, the request as its pages show it, and which
// actions the lifecycle accepts now. "Accepts" is asked of lifecycle.next() itself with a candidate event per form, so
// the pages never offer a step the rules would refuse, and never re-implement a rule.
import { and, asc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { isRefusal, next, replayRequest, type Author, type RequestSnapshot } from './lifecycle.js';
import type { RequestEvent } from './events.js';
import { findRequest, listRequestEvents, listTransfersOf, OPEN_STATES, overdueSql, type RequestRow } from './queries.js';
import { clockOf } from './present.js';
import { loadRequestEvents, replayContextOf } from './commands/replay.js';
import { transparencyRequests } from './schema.js';
import { OFFICIAL_ACTIONS, REQUESTER_ACTIONS, type OfficialAction, type RequesterAction } from './form.js';
import type { RequestView } from './views/request-summary.js';
import type { ActionInfo } from './views/action-forms.js';
import type { AnswerData } from './views/answer.js';

export const today = () => toSantiagoDate(new Date());

export async function institutionOf(db: DbOrTx, ref: string) {
  const institution = await findInstitution(db, ref);
  if (!institution) throw notFound();
  return institution;
}

/** A folio is 'YYYY-NNNNNN'; anything else is not a request (and never reaches the database). */
export const FOLIO_PATTERN = '^\\d{4}-\\d{6}$';

export async function requestOf(db: DbOrTx, institutionId: number, folio: string): Promise<RequestRow> {
  const row = await findRequest(db, institutionId, folio);
  if (!row) throw notFound();
  return row;
}

/**
 * The request as a page shows it. `internal` (the institution's officials) adds notes to the timeline and the
 * requester's name whatever they chose; `requester` (their private page) shows them their own name.
 */
export async function viewOf(db: DbOrTx, row: RequestRow, reader: 'public' | 'requester' | 'internal'): Promise<RequestView> {
  const events = await listRequestEvents(db, row.id, { includeInternal: reader === 'internal' });
  const answered = [...events].reverse().find((e) => e.kind === 'answered');
  const transfers = row.state === 'transferred' ? await listTransfersOf(db, row.id) : [];
  return {
    id: row.id, institution: { id: row.institutionId, slug: row.institutionSlug, name: row.institutionName },
    folio: row.folio, subject: row.subject, body: row.body, state: row.state, filedAt: row.filedAt, clock: clockOf(row)!,
    overdue: row.overdue, requesterName: reader !== 'public' || row.showName ? row.requesterName : null, showName: row.showName,
    answer: answered ? answered.data as AnswerData : null, satisfied: row.satisfied,
    transfers: transfers.map((x) => ({ slug: x.institutionSlug, name: x.institutionName, folio: x.folio })),
    events: events.map((e) => ({ id: e.id, kind: e.kind as RequestEvent['kind'], data: e.data as Record<string, unknown>, author: e.author, at: e.at, public: e.public,
      ...(reader === 'internal' ? { officialName: e.officialName } : {}) })),
  };
}

export async function snapshotOf(db: DbOrTx, row: Pick<RequestRow, 'id' | 'institutionId'>) {
  const ctx = await replayContextOf(db, row.institutionId);
  return { snapshot: replayRequest(await loadRequestEvents(db, row.id), ctx), ctx };
}

/** Placeholder data good enough for the rules: every rule that depends on the data is checked again on submit. */
const CANDIDATES: Record<OfficialAction | RequesterAction, Record<string, unknown>> = {
  acusar: {}, subsanacion: { reasons: '-' }, derivar: { toBody: '-', reasons: '-' }, tercero: { label: '-' }, oposicion: {}, consejo: {},
  prorrogar: { reasons: '-' }, responder: { kind: 'partially_delivered', cause: '21.2', text: '' }, nota: { text: '-' }, comentar: { text: '-' },
  subsanar: { text: '-' }, desistir: {}, evaluar: { satisfied: true },
};

async function accepted<A extends string>(db: DbOrTx, row: RequestRow, actions: Record<A, { kind: RequestEvent['kind'] }>, author: Author, now: Date) {
  const { snapshot, ctx } = await snapshotOf(db, row);
  const attempt = (kind: RequestEvent['kind'], data: Record<string, unknown>) =>
    next(snapshot, { kind, at: now, author, data } as RequestEvent, ctx);
  return { snapshot, attempt, actions: Object.entries(actions) as Array<[A, { kind: RequestEvent['kind'] }]> };
}

/** The officials' actions the lifecycle accepts now, with what their forms show (third parties, dates). */
export async function officialActionsOf(db: DbOrTx, row: RequestRow, now = new Date()): Promise<Map<OfficialAction, ActionInfo>> {
  const { snapshot, attempt, actions } = await accepted(db, row, OFFICIAL_ACTIONS, 'official', now);
  const allowed = new Map<OfficialAction, ActionInfo>();
  for (const [slug, { kind }] of actions) {
    if (slug === 'oposicion' || slug === 'consejo') {
      const parties = partiesFor(snapshot, (id) => !isRefusal(attempt(kind, { notifiedEventId: id, reasons: '-', deliveryAllowed: true })));
      if (parties.length) allowed.set(slug, { parties });
      continue;
    }
    const result = attempt(kind, CANDIDATES[slug]);
    if (isRefusal(result)) continue;
    allowed.set(slug, slug === 'prorrogar' ? { dueOn: snapshot.clock.dueOn, extendedDueOn: result.clock.extendedDueOn } : {});
  }
  return allowed;
}

const partiesFor = (s: RequestSnapshot, ok: (id: number) => boolean) =>
  s.clock.thirdParties.filter((p) => p.notifiedEventId !== null && ok(p.notifiedEventId)).map((p) => ({ id: p.notifiedEventId!, label: p.label }));

export async function requesterActionsOf(db: DbOrTx, row: RequestRow, now = new Date()): Promise<Set<RequesterAction>> {
  const { attempt, actions } = await accepted(db, row, REQUESTER_ACTIONS, 'requester', now);
  return new Set(actions.filter(([slug, { kind }]) => !isRefusal(attempt(kind, CANDIDATES[slug]))).map(([slug]) => slug));
}

/**
 * A second submission of the same filing (a double click, a resubmitted page): the same requester asked the same
 * thing of the same institution in the last ten minutes. The form's submission key serialises the two submissions
 * (routes.file.tsx takes a lock on it), so the second finds the first once it committed.
 */
export async function findRecentFiling(db: DbOrTx, f: { institutionId: number; email: string; subject: string; body: string }) {
  const r = transparencyRequests;
  const [row] = await db.select({ id: r.id, folio: r.folio }).from(r).where(and(eq(r.institutionId, f.institutionId),
    sql`lower(${r.requesterEmail}) = lower(${f.email})`, eq(r.subject, f.subject), eq(r.body, f.body), gte(r.filedAt, sql`now() - interval '10 minutes'`)));
  return row ?? null;
}

export type InboxFilter = { institutionId: number; state?: (typeof OPEN_STATES)[number]; overdue?: boolean; dueBy?: string; q?: string; cursor?: string; limit: number; today: string };

/**
 * The officials' inbox: open requests, the most urgent first (the deadline in force, or the correction's while one is
 * awaited), by keyset on (deadline, id). queries.ts lists newest first, which is the public's order, not a desk's.
 */
export async function listInbox(db: DbOrTx, f: InboxFilter) {
  const r = transparencyRequests;
  const deadline = sql<string>`coalesce(${r.extendedDueOn}, ${r.dueOn}, ${r.correctionDueOn}, '9999-12-31'::date)::text`;
  const w: SQL[] = [eq(r.institutionId, f.institutionId), inArray(r.state, f.state ? [f.state] : [...OPEN_STATES])];
  if (f.overdue !== undefined) w.push(f.overdue ? overdueSql(f.today) : sql`not ${overdueSql(f.today)}`);
  if (f.dueBy) w.push(sql`${deadline} <= ${f.dueBy}`);
  // Officials look a request up by folio, subject, text or the requester's name (LIKE wildcards typed are literal).
  if (f.q) w.push(sql`concat_ws(' ', ${r.folio}, ${r.subject}, ${r.body}, ${r.requesterName}) ilike ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const [afterDue, afterId] = decodeCursor(f.cursor) ?? [];
  if (typeof afterDue === 'string' && typeof afterId === 'number') w.push(sql`(${deadline}, ${r.id}) > (${afterDue}, ${afterId})`);
  const rows = await db.select({
    id: r.id, folio: r.folio, subject: r.subject, state: r.state, filedAt: r.filedAt, requesterName: r.requesterName,
    deadline, overdue: overdueSql(f.today),
  }).from(r).where(and(...w)).orderBy(sql`${deadline}`, asc(r.id)).limit(f.limit + 1);
  return pageOf(rows, f.limit, (row) => [row.deadline, row.id]);
}
export type InboxRow = Awaited<ReturnType<typeof listInbox>>['items'][number];
