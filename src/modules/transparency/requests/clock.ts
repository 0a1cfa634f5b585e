// The legal clock of an information request, replayed from its events on the institution's calendar: pure, so the
// same events and calendar always give the same dates, and a calendar change (recompute.ts) shows exactly what moved.
// Business days are días hábiles administrativos: Ley 20.285 art. 1 nº 3 refers to Ley 19.880 art. 25 (Monday to
// Friday except feriados; counted from the day after). Every date carries the days it skipped (core/calendar).
import {
  addBusinessDays, isBusinessDay, toSantiagoDate, type CalendarDate, type CalendarOptions, type SkippedDay,
} from '../../../core/calendar/index.js';
import type { RequestEvent } from './events.js';
import type { AnswerKind } from './schema.js';

/** Ley 20.285 art. 14: 20 business days to answer; 10 more, once, on extension. */
export const ANSWER_DAYS = 20;
export const EXTENSION_DAYS = 10;
/** Art. 12: 5 business days to correct a request that lacks a required element. */
export const CORRECTION_DAYS = 5;
/** Art. 20: notice to a third party within 2 business days of receipt; opposition within 3 of notice. */
export const NOTICE_DAYS = 2;
export const OPPOSITION_DAYS = 3;
/** Art. 24: 15 business days to appeal (amparo) to the Consejo para la Transparencia. */
export const APPEAL_DAYS = 15;

export type ThirdPartyClock = {
  notifiedEventId: number | null;
  label: string;
  /** Art. 20: the notice was due within 2 business days of the receipt the clock counted from at the time. */
  noticeDueOn: CalendarDate;
  notifiedOn: CalendarDate;
  oppositionDueOn: CalendarDate;
  opposedOn: CalendarDate | null;
  decidedOn: CalendarDate | null;
  /** The Consejo's decision: null until it decided. */
  deliveryAllowed: boolean | null;
};

export type AppealBasis = 'denied' | 'partially_delivered' | 'expired';

/** The clock's full computation: the request row caches its dates, its `clock` column holds all of it. */
export type ClockResult = {
  /** The installation's art. 20 rule in force when the request was filed (events.ts `filed`). */
  thirdPartySuspends: boolean;
  filedOn: CalendarDate;
  /** The receipt the 20 days count from: the filing's, or the last correction's (art. 12). */
  receivedOn: CalendarDate;
  receivedFrom: 'filed' | 'corrected';
  /** Days the receipt moved past: a filing or correction on a weekend or holiday is received the next business day. */
  receiptSkipped: SkippedDay[];
  /** False while a correction is awaited (the clock waits, art. 12) and once the request is withdrawn or transferred. */
  running: boolean;
  dueOn: CalendarDate | null;
  dueSkipped: SkippedDay[];
  extendedDueOn: CalendarDate | null;
  extensionSkipped: SkippedDay[];
  /** The deadline in force: the extended one once extended. */
  effectiveDueOn: CalendarDate | null;
  /** Business days that did not count because a third party could still oppose (only when thirdPartySuspends). */
  suspendedDays: CalendarDate[];
  correction: { requestedOn: CalendarDate; dueOn: CalendarDate; skipped: SkippedDay[] } | null;
  thirdParties: ThirdPartyClock[];
  answeredOn: CalendarDate | null;
  answerKind: AnswerKind | null;
  /** Answered after the deadline in force expired. */
  answeredLate: boolean;
  /** The appeal window (art. 24): from the denial, or from the day after the deadline expired without an answer. */
  appeal: { basis: AppealBasis; from: CalendarDate; until: CalendarDate; skipped: SkippedDay[] } | null;
};

const dayAfter = (date: CalendarDate) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (date: CalendarDate) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Ley 20.285 art. 14 with Ley 19.880 art. 25: a request (or correction) that arrives on a Saturday, Sunday or
 * holiday is received on the next business day; the skipped days (the arrival day included) are its provenance.
 */
export function receiptOf(date: CalendarDate, calendar: CalendarOptions): { on: CalendarDate; skipped: SkippedDay[] } {
  if (isBusinessDay(date, calendar)) return { on: date, skipped: [] };
  const next = addBusinessDays(dayBefore(date), 1, calendar);
  return { on: next.due, skipped: next.skipped };
}

/**
 * The n-th counting business day after `start`, where suspended days (business days on which the clock waited) do
 * not count: the plain count is pushed by as many suspended days as fall inside it, until it stops moving.
 */
function countDays(start: CalendarDate, n: number, calendar: CalendarOptions, suspended: readonly CalendarDate[]) {
  let pushed = 0;
  for (;;) {
    const d = addBusinessDays(start, n + pushed, calendar);
    const inside = suspended.filter((s) => s > start && s <= d.due);
    if (inside.length === pushed) return { ...d, suspended: inside };
    pushed = inside.length;
  }
}

/** Business days in (from, to]: the days a third party had to oppose. */
function businessDaysThrough(from: CalendarDate, to: CalendarDate, calendar: CalendarOptions): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let d = addBusinessDays(from, 1, calendar).due; d <= to; d = addBusinessDays(d, 1, calendar).due) days.push(d);
  return days;
}

type Fold = {
  suspends: boolean; filedOn: CalendarDate; received: { on: CalendarDate; skipped: SkippedDay[] }; receivedFrom: 'filed' | 'corrected';
  awaiting: boolean; closed: boolean; extended: boolean; correction: ClockResult['correction'];
  parties: ThirdPartyClock[]; answeredOn: CalendarDate | null; answerKind: AnswerKind | null;
};

/** Replays the events (in order; the first is `filed`) into the clock. Events are assumed accepted by lifecycle.ts. */
export function computeClock(events: readonly RequestEvent[], calendar: CalendarOptions): ClockResult {
  const first = events[0];
  if (!first || first.kind !== 'filed') throw new RangeError('a request starts with its filed event');
  const filedOn = toSantiagoDate(first.at);
  const f: Fold = {
    suspends: first.data.thirdPartySuspends ?? false, filedOn, received: receiptOf(filedOn, calendar), receivedFrom: 'filed',
    awaiting: false, closed: false, extended: false, correction: null, parties: [], answeredOn: null, answerKind: null,
  };
  for (const e of events.slice(1)) foldEvent(f, e, calendar);
  return finish(f, calendar);
}

function foldEvent(f: Fold, e: RequestEvent, calendar: CalendarOptions) {
  const on = toSantiagoDate(e.at);
  switch (e.kind) {
    case 'correction_requested': {
      // Art. 12: "en un plazo de cinco días contado desde la respectiva notificación"; the 20 days wait meanwhile.
      const d = addBusinessDays(on, CORRECTION_DAYS, calendar);
      f.correction = { requestedOn: on, dueOn: d.due, skipped: d.skipped };
      f.awaiting = true;
      break;
    }
    case 'corrected':
      // Art. 12: the clock starts again from the corrected request, received like a filing (moved past inhábiles).
      f.received = receiptOf(on, calendar);
      f.receivedFrom = 'corrected';
      f.awaiting = false;
      break;
    case 'correction_expired': case 'withdrawn': case 'transferred':
      // Art. 12 (deemed withdrawn) and art. 13 (the receiving body's clock starts on its own receipt). A request closed
      // while a correction was awaited never had a running deadline (awaiting stays true).
      f.closed = true;
      break;
    case 'extended':
      f.extended = true;
      break;
    case 'third_party_notified':
      f.parties.push({
        notifiedEventId: e.id ?? null, label: e.data.label,
        noticeDueOn: addBusinessDays(f.received.on, NOTICE_DAYS, calendar).due,
        notifiedOn: on, oppositionDueOn: addBusinessDays(on, OPPOSITION_DAYS, calendar).due,
        opposedOn: null, decidedOn: null, deliveryAllowed: null,
      });
      break;
    case 'third_party_opposed': {
      const p = f.parties.find((x) => x.notifiedEventId === e.data.notifiedEventId);
      if (p) p.opposedOn = on;
      break;
    }
    case 'council_decided': {
      const p = f.parties.find((x) => x.notifiedEventId === e.data.notifiedEventId);
      if (p) Object.assign(p, { decidedOn: on, deliveryAllowed: e.data.deliveryAllowed });
      break;
    }
    case 'answered':
      f.answeredOn = on;
      f.answerKind = e.data.kind as AnswerKind;
      break;
    default:
      break;
  }
}

/**
 * The configurable art. 20 rule, when on: the 20 (or 30) days do not run on the business days after a notice up to
 * the end of the third party's opposition window, or up to the day the opposition arrived if earlier (from then the
 * institution knows it must not deliver, art. 20 inc. 3). Overlapping notices suspend a day once.
 */
function suspendedDaysOf(f: Fold, calendar: CalendarOptions): CalendarDate[] {
  if (!f.suspends) return [];
  const days = new Set<CalendarDate>();
  for (const p of f.parties) {
    const end = p.opposedOn && p.opposedOn < p.oppositionDueOn ? p.opposedOn : p.oppositionDueOn;
    for (const d of businessDaysThrough(p.notifiedOn, end, calendar)) days.add(d);
  }
  return [...days].sort();
}

function finish(f: Fold, calendar: CalendarOptions): ClockResult {
  const suspended = suspendedDaysOf(f, calendar);
  const base = {
    thirdPartySuspends: f.suspends, filedOn: f.filedOn, receivedOn: f.received.on, receivedFrom: f.receivedFrom,
    receiptSkipped: f.received.skipped, correction: f.correction, thirdParties: f.parties,
    answeredOn: f.answeredOn, answerKind: f.answerKind,
  };
  if (f.awaiting) {
    // Waiting for a correction, or closed while waiting: the 20 days run only on a complete request (art. 12).
    return { ...base, running: false, dueOn: null, dueSkipped: [], extendedDueOn: null, extensionSkipped: [], effectiveDueOn: null, suspendedDays: [], answeredLate: false, appeal: null };
  }
  // Art. 14: "dentro del plazo máximo de veinte días hábiles, contado desde la recepción de la solicitud".
  const due = countDays(f.received.on, ANSWER_DAYS, calendar, suspended);
  // Art. 14 inc. 2: "prorrogado excepcionalmente por otros diez días hábiles", on top of the first deadline.
  const ext = f.extended ? countDays(f.received.on, ANSWER_DAYS + EXTENSION_DAYS, calendar, suspended) : null;
  const effectiveDueOn = ext?.due ?? due.due;
  const answeredLate = f.answeredOn !== null && f.answeredOn > effectiveDueOn;
  return {
    ...base, running: !f.closed && f.answerKind === null,
    dueOn: due.due, dueSkipped: due.skipped,
    extendedDueOn: ext?.due ?? null, extensionSkipped: ext ? ext.skipped.filter((s) => s.date > due.due) : [],
    effectiveDueOn, suspendedDays: [...new Set([...due.suspended, ...(ext?.suspended ?? [])])].sort(),
    answeredLate, appeal: f.closed ? null : appealOf(f, effectiveDueOn, answeredLate, calendar),
  };
}

/**
 * Art. 24: "dentro del plazo de quince días, contado desde la notificación de la denegación de acceso a la
 * información o desde que haya expirado el plazo previsto en el artículo 14". A denial or partial delivery opens a
 * window from its day; a deadline passed without an answer opens one from the day after it (for an open request this
 * is the window it will have if nobody answers). A late answer of any kind leaves the expiry's window standing; when
 * two windows apply the later end wins. An answer on time that delivers (or says not held, or already public) has none.
 */
function appealOf(f: Fold, effectiveDueOn: CalendarDate, late: boolean, calendar: CalendarOptions): ClockResult['appeal'] {
  const windows: NonNullable<ClockResult['appeal']>[] = [];
  if (f.answerKind === null || late) {
    const d = addBusinessDays(effectiveDueOn, APPEAL_DAYS, calendar);
    windows.push({ basis: 'expired', from: dayAfter(effectiveDueOn), until: d.due, skipped: d.skipped });
  }
  if ((f.answerKind === 'denied' || f.answerKind === 'partially_delivered') && f.answeredOn) {
    const d = addBusinessDays(f.answeredOn, APPEAL_DAYS, calendar);
    windows.push({ basis: f.answerKind, from: f.answeredOn, until: d.due, skipped: d.skipped });
  }
  return windows.sort((a, b) => b.until.localeCompare(a.until))[0] ?? null;
}
