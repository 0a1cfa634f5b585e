// The public shapes of a request and its timeline (DESIGN.md convention 5): explicit field lists. Never the
// requester's email, address or person id; their name only when they chose to show it (else null: the page says
// "Solicitante"). The clock with its provenance is public: anyone may check how a deadline was computed.
import { toSantiagoDate, type CalendarDate } from '../../../core/calendar/index.js';
import type { ClockResult } from './clock.js';
import type { RequestEventRow, RequestRow } from './queries.js';

/** The appeal window as of a day (art. 24): not yet open, open, or over; null when the request has none. */
export type AppealWindow = { from: CalendarDate; until: CalendarDate; basis: string; status: 'upcoming' | 'open' | 'closed' } | null;

export function appealWindowOf(clock: ClockResult | null, today: CalendarDate): AppealWindow {
  const a = clock?.appeal;
  if (!a) return null;
  return { from: a.from, until: a.until, basis: a.basis, status: today < a.from ? 'upcoming' : today > a.until ? 'closed' : 'open' };
}

export const clockOf = (row: Pick<RequestRow, 'clock'>) =>
  (row.clock && typeof row.clock === 'object' && 'filedOn' in (row.clock as object) ? row.clock as ClockResult : null);

export function presentRequest(row: RequestRow, today: CalendarDate = toSantiagoDate(new Date())) {
  const clock = clockOf(row);
  return {
    folio: row.folio,
    institution: { slug: row.institutionSlug, name: row.institutionName },
    subject: row.subject,
    body: row.body,
    format: row.format,
    delivery: row.delivery,
    requesterName: row.showName ? row.requesterName : null,
    state: row.state,
    filedAt: row.filedAt.toISOString(),
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    extendedDueOn: row.extendedDueOn,
    effectiveDueOn: row.extendedDueOn ?? row.dueOn,
    correctionDueOn: row.state === 'awaiting_correction' ? row.correctionDueOn : null,
    overdue: row.overdue,
    answerKind: row.answerKind,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    satisfied: row.satisfied,
    appeal: appealWindowOf(clock, today),
    clock: clock ? presentClock(clock) : null,
  };
}
export type PublicRequest = ReturnType<typeof presentRequest>;

/** The list's row: what a table of requests shows. */
export const presentRequestSummary = (row: RequestRow) => ({
  folio: row.folio, subject: row.subject, state: row.state, filedAt: row.filedAt.toISOString(), receivedOn: row.receivedOn,
  effectiveDueOn: row.extendedDueOn ?? row.dueOn, overdue: row.overdue, answerKind: row.answerKind,
  requesterName: row.showName ? row.requesterName : null,
});

/** The clock's provenance: every date with the days it skipped (holiday names and laws), suspensions and third parties. */
export const presentClock = (c: ClockResult) => ({
  thirdPartySuspends: c.thirdPartySuspends, filedOn: c.filedOn, receivedOn: c.receivedOn, receivedFrom: c.receivedFrom,
  receiptSkipped: c.receiptSkipped, running: c.running, dueOn: c.dueOn, dueSkipped: c.dueSkipped, extendedDueOn: c.extendedDueOn,
  extensionSkipped: c.extensionSkipped, effectiveDueOn: c.effectiveDueOn, suspendedDays: c.suspendedDays, correction: c.correction,
  thirdParties: c.thirdParties.map((p) => ({
    label: p.label, noticeDueOn: p.noticeDueOn, notifiedOn: p.notifiedOn, oppositionDueOn: p.oppositionDueOn,
    opposedOn: p.opposedOn, decidedOn: p.decidedOn, deliveryAllowed: p.deliveryAllowed,
  })),
  answeredOn: c.answeredOn, answeredLate: c.answeredLate, appeal: c.appeal,
});

/** A timeline entry: officials by name (they act in public), requesters never by name here, the clock as 'system'. */
export const presentRequestEvent = (e: RequestEventRow) => ({
  id: e.id, kind: e.kind, at: e.at.toISOString(), author: e.author, officialName: e.author === 'official' ? e.officialName : null,
  data: e.data,
});

/** For the institution's officials only (routes check canWorkRequest): how to reach the requester. */
export const presentRequestForOfficials = (row: RequestRow, today?: CalendarDate) => ({
  ...presentRequest(row, today), id: row.id, requesterName: row.requesterName, showName: row.showName,
  requesterEmail: row.requesterEmail, requesterAddress: row.requesterAddress,
});
