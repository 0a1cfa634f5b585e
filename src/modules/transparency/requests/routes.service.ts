// What the request routes share: the request or 404, the request as its pages show it, and which
// actions the lifecycle accepts now. "Accepts" is asked of lifecycle.next() itself with a candidate event per form, so
// the pages never offer a step the rules would refuse, and never re-implement a rule.
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { isRefusal, next, replayRequest, type Author, type RequestSnapshot } from './lifecycle.js';
import type { RequestEvent } from './events.js';
import { findRequest, listRequestEvents, listTransfersOf, type RequestRow } from './queries.js';
import { clockOf } from './present.js';
import { loadRequestEvents, replayContextOf } from './commands/replay.js';
import { OFFICIAL_ACTIONS, REQUESTER_ACTIONS, type OfficialAction, type RequesterAction } from './form.js';
import type { RequestView } from './views/request-summary.js';
import type { ActionInfo } from './views/action-forms.js';
import type { AnswerData } from './views/answer.js';

export const today = () => toSantiagoDate(new Date());

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

