// The lifecycle of an information request as data (DESIGN.md convention 3): for each event kind, who may write it,
// in which states, the rule it must meet (with its article of Ley 20.285) and the state it leads to. next() is pure:
// the same snapshot, event and calendar always give the same answer, so a case file replays the same way forever.
import { endOfSantiagoDay, type CalendarOptions } from '../../../core/calendar/index.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { computeClock, type ClockResult } from './clock.js';
import type { RequestEvent, RequestEventKind } from './events.js';
import { FINAL_STATES, type AnswerKind, type RequestState } from './schema.js';

export type Author = RequestEvent['author'];

export type RequestSnapshot = {
  state: RequestState;
  acknowledged: boolean;
  extended: boolean;
  answerKind: AnswerKind | null;
  answeredAt: Date | null;
  satisfied: boolean | null;
  clock: ClockResult;
  /** The accepted events, in order: the clock is replayed from them. */
  events: RequestEvent[];
};

export type ReplayContext = { calendar: CalendarOptions };
export type Refusal = { refused: true; messageKey: MessageKey; params?: Record<string, string> };

type EventOf<K extends RequestEventKind> = Extract<RequestEvent, { kind: K }>;
type Transition<K extends RequestEventKind> = {
  authors: readonly Author[];
  /** States the event is accepted in; 'any' also takes final states (comments, satisfaction, notes, recomputes). */
  from: readonly RequestState[] | 'any';
  /** The rule beyond the state: a message key when the event is refused. */
  check?: (s: RequestSnapshot, e: EventOf<K>) => MessageKey | null;
  /** The state after the event; unchanged when absent. */
  to?: (s: RequestSnapshot, e: EventOf<K>) => RequestState;
};

const OPEN: readonly RequestState[] = ['received', 'in_progress'];
const WORKING = (s: RequestSnapshot): RequestState => (s.acknowledged ? 'in_progress' : 'received');
/** A step taken "before the deadline expires" is on time up to the end of the due day in Santiago (Ley 19.880 art. 25). */
const onTime = (at: Date, dueOn: string | null) => dueOn !== null && at.getTime() <= endOfSantiagoDay(dueOn).getTime();
const party = (s: RequestSnapshot, id: number) => s.clock.thirdParties.find((p) => p.notifiedEventId === id);
/** Art. 20 inc. 3: an opposition in time blocks delivery of what concerns the third party unless the Consejo allows it. */
export const isDeliveryBlocked = (s: RequestSnapshot) => s.clock.thirdParties.some((p) => p.opposedOn !== null && p.deliveryAllowed !== true);

export const TRANSITIONS: { [K in RequestEventKind]: Transition<K> } = {
  filed: { authors: ['requester'], from: [], to: () => 'received' },
  acknowledged: {
    authors: ['official'], from: OPEN, to: () => 'in_progress',
    check: (s) => (s.acknowledged ? 'transparency.request.rule.alreadyAcknowledged' : null),
  },
  // Art. 12: asking for a correction makes sense only on an unanswered request whose deadline has not expired.
  correction_requested: {
    authors: ['official'], from: OPEN, to: () => 'awaiting_correction',
    check: (s, e) => (onTime(e.at, s.clock.effectiveDueOn) ? null : 'transparency.request.rule.deadlineExpired'),
  },
  // Art. 12: corrected within the 5 business days; afterwards the request is deemed withdrawn.
  corrected: {
    authors: ['requester'], from: ['awaiting_correction'], to: WORKING,
    check: (s, e) => (onTime(e.at, s.clock.correction?.dueOn ?? null) ? null : 'transparency.request.rule.correctionLate'),
  },
  correction_expired: {
    authors: ['system'], from: ['awaiting_correction'], to: () => 'withdrawn',
    check: (s, e) => (onTime(e.at, s.clock.correction?.dueOn ?? null) ? 'transparency.request.rule.correctionNotExpired' : null),
  },
  // Ley 19.880 art. 42 (desistimiento), which applies where Ley 20.285 is silent: the requester may withdraw while open.
  withdrawn: { authors: ['requester'], from: ['received', 'in_progress', 'awaiting_correction'], to: () => 'withdrawn' },
  // Art. 13: sent "de inmediato" to the competent body; this institution's part ends.
  transferred: { authors: ['official'], from: OPEN, to: () => 'transferred' },
  third_party_notified: { authors: ['official'], from: OPEN },
  // Art. 20: an opposition counts only within 3 business days of its notice, once per notice.
  third_party_opposed: {
    authors: ['official'], from: OPEN,
    check: (s, e) => {
      const p = party(s, e.data.notifiedEventId);
      if (!p) return 'transparency.request.rule.unknownThirdParty';
      if (p.opposedOn) return 'transparency.request.rule.alreadyOpposed';
      return onTime(e.at, p.oppositionDueOn) ? null : 'transparency.request.rule.oppositionLate';
    },
  },
  council_decided: {
    authors: ['official'], from: OPEN,
    check: (s, e) => {
      const p = party(s, e.data.notifiedEventId);
      if (!p) return 'transparency.request.rule.unknownThirdParty';
      if (!p.opposedOn) return 'transparency.request.rule.notOpposed';
      return p.deliveryAllowed === null ? null : 'transparency.request.rule.alreadyDecided';
    },
  },
  // Art. 14 inc. 2: once, with reasons (the schema requires them), communicated before the first deadline expires.
  extended: {
    authors: ['official'], from: OPEN,
    check: (s, e) => (s.extended ? 'transparency.request.rule.alreadyExtended'
      : onTime(e.at, s.clock.dueOn) ? null : 'transparency.request.rule.deadlineExpired'),
  },
  answered: { authors: ['official'], from: OPEN, to: () => 'answered', check: (s, e) => checkAnswer(s, e) },
  comment: { authors: ['requester', 'official'], from: 'any' },
  // The requester's verdict on the answer; they may change their mind (the last one counts).
  satisfaction: {
    authors: ['requester'], from: 'any',
    check: (s) => (s.answerKind === null ? 'transparency.request.rule.notAnswered' : null),
  },
  note: { authors: ['official'], from: 'any' },
  deadline_recomputed: { authors: ['system'], from: 'any' },
};

/**
 * Art. 21: a denial, whole or partial, must cite its cause; art. 15: information already public is answered with where
 * it is; art. 20: while an opposition stands undecided (or the Consejo upheld it), the information cannot be
 * delivered whole: a partial delivery or a denial (art. 21 nº 2, third parties' rights) remain possible.
 */
function checkAnswer(s: RequestSnapshot, e: EventOf<'answered'>): MessageKey | null {
  const { kind, cause, url } = e.data;
  if ((kind === 'denied' || kind === 'partially_delivered') && !cause) return 'transparency.request.rule.causeRequired';
  if (kind === 'already_public' && !url) return 'transparency.request.rule.urlRequired';
  if (kind === 'delivered' && isDeliveryBlocked(s)) return 'transparency.request.rule.oppositionBlocksDelivery';
  return null;
}

/** The first event: a request exists from its filing. */
export function startRequest(event: RequestEvent, ctx: ReplayContext): RequestSnapshot | Refusal {
  if (event.kind !== 'filed') return { refused: true, messageKey: 'transparency.request.rule.notFiled' };
  return { state: 'received', acknowledged: false, extended: false, answerKind: null, answeredAt: null, satisfied: null,
    clock: computeClock([event], ctx.calendar), events: [event] };
}

/** Applies one event to a snapshot: the new snapshot, or the refusal with the rule's message. */
export function next(s: RequestSnapshot, event: RequestEvent, ctx: ReplayContext): RequestSnapshot | Refusal {
  const t = TRANSITIONS[event.kind] as Transition<RequestEventKind>;
  if (!t.authors.includes(event.author)) return { refused: true, messageKey: 'transparency.request.rule.wrongAuthor', params: { author: event.author } };
  if (t.from !== 'any' && !t.from.includes(s.state)) {
    const key = FINAL_STATES.includes(s.state) ? 'transparency.request.rule.finalState' : 'transparency.request.rule.wrongState';
    return { refused: true, messageKey: key, params: { state: s.state } };
  }
  const broken = t.check?.(s, event as never);
  return broken ? { refused: true, messageKey: broken } : apply(s, event, ctx);
}

/** The event's effect, its rules already met. */
function apply(s: RequestSnapshot, event: RequestEvent, ctx: ReplayContext): RequestSnapshot {
  const t = TRANSITIONS[event.kind] as Transition<RequestEventKind>;
  const events = [...s.events, event];
  return {
    state: t.to ? t.to(s, event as never) : s.state,
    acknowledged: s.acknowledged || event.kind === 'acknowledged',
    extended: s.extended || event.kind === 'extended',
    answerKind: event.kind === 'answered' ? event.data.kind as AnswerKind : s.answerKind,
    answeredAt: event.kind === 'answered' ? event.at : s.answeredAt,
    satisfied: event.kind === 'satisfaction' ? event.data.satisfied : s.satisfied,
    clock: computeClock(events, ctx.calendar),
    events,
  };
}

export const isRefusal = (r: RequestSnapshot | Refusal): r is Refusal => 'refused' in r;

/**
 * Replays a stored history on a calendar. The rules are not judged again: a step valid when it was taken stays valid
 * (an extension given on the due day remains given if a holiday removed later makes that day earlier); only the
 * dates are recomputed. A history must start with its filing.
 */
export function replayRequest(events: readonly RequestEvent[], ctx: ReplayContext): RequestSnapshot {
  const [first, ...rest] = events;
  if (!first) throw new RangeError('a request has at least its filed event');
  const start = startRequest(first, ctx);
  if (isRefusal(start)) throw new RangeError('a request starts with its filed event');
  return rest.reduce((s, e) => apply(s, e, ctx), start);
}
