// The lifecycle of a contracting process as data (DESIGN.md convention 3): for each event kind, who may write it, in
// which states of the call and of the lot, the rule it must meet, the states it leads to and the OCDS release tags it
// emits. next() is pure: the same snapshot, event and context give the same answer, so case files replay forever.
//
// Two kinds of process share the table: a call (its lots carry the states) and a call-off under a framework agreement
// (no lots of its own: the process state alone).
import type { MessageKey } from '../../../core/i18n/index.js';
import { FINAL_LOT_STATES, type CallState, type LotState } from '../calls/schema.js';
import type { ProcessEvent, ProcessEventKind } from './events.js';
import type { EventAuthor } from './schema.js';

export type ProcessKind = 'call' | 'call_off';

export type ProcessSnapshot = {
  kind: ProcessKind;
  state: CallState;
  /** Lot id → its state (calls only). */
  lots: Record<number, LotState>;
  /** Lot id → the end of its standstill, once awarded. */
  standstillUntil: Record<number, Date>;
  events: ProcessEvent[];
};

/** What the rules need that events do not carry: each lot's fixed calendar and award size (the lot rows). */
export type ProcessContext = { lots: Record<number, { bidsUntil: Date; admitCount: number }> };
export type Refusal = { refused: true; messageKey: MessageKey; params?: Record<string, string> };

type EventOf<K extends ProcessEventKind> = Extract<ProcessEvent, { kind: K }>;
type Transition<K extends ProcessEventKind> = {
  authors: readonly EventAuthor[];
  process: ProcessKind;
  /** The process states the event is accepted in. */
  from: readonly CallState[];
  /** For lot events: the lot states the event is accepted in (the event must name a lot of the call). */
  lotFrom?: readonly LotState[];
  check?: (s: ProcessSnapshot, e: EventOf<K>, ctx: ProcessContext) => MessageKey | null;
  /** The process state after; unchanged when absent (a call closes by itself once every lot is final). */
  to?: CallState;
  lotTo?: LotState;
  /** The OCDS release tags the event emits; none: the event stays private (drafting). */
  tags?: readonly string[];
};

const LIVE_LOT: readonly LotState[] = ['open', 'evaluation', 'standstill'];
/** A bid is on time up to and including the instant bidsUntil (server time); opening comes strictly after it. */
const afterDeadline = (e: ProcessEvent, ctx: ProcessContext) => e.at.getTime() > ctx.lots[e.lotId!]!.bidsUntil.getTime();
/** Contract events belong to an awarded lot of a call, or to a call-off already placed. */
const CONTRACT = { authors: ['official'], process: 'call', from: ['published', 'closed'], lotFrom: ['awarded'] } as const;

export const TRANSITIONS: { [K in ProcessEventKind]: Transition<K> } = {
  drafted: { authors: ['official'], process: 'call', from: [], to: 'draft' },
  // Ley 19.886 reglamento art. 40: bases may be amended before bids close, giving bidders time; never after.
  amended: {
    authors: ['official'], process: 'call', from: ['draft', 'published'], tags: ['tenderAmendment'],
    check: (s, e, ctx) => (s.state === 'published' && Object.keys(s.lots).some((id) => s.lots[+id] === 'open' && e.at >= ctx.lots[+id]!.bidsUntil)
      ? 'procurement.rule.amendAfterDeadline' : null),
  },
  published: {
    authors: ['official'], process: 'call', from: ['draft'], to: 'published', tags: ['tender'],
    check: (s) => (Object.keys(s.lots).length === 0 ? 'procurement.rule.noLots' : null),
  },
  question_answered: { authors: ['official'], process: 'call', from: ['published'], tags: ['tenderUpdate'] },
  bids_opened: {
    authors: ['system', 'official'], process: 'call', from: ['published'], lotFrom: ['open'], lotTo: 'evaluation', tags: ['tenderUpdate'],
    check: (_s, e, ctx) => (afterDeadline(e, ctx) ? null : 'procurement.rule.sealedUntilDeadline'),
  },
  awarded: {
    authors: ['official'], process: 'call', from: ['published'], lotFrom: ['evaluation'], lotTo: 'standstill', tags: ['award'],
    check: (_s, e, ctx) => (e.data.awards.length > ctx.lots[e.lotId!]!.admitCount ? 'procurement.rule.tooManyAwards' : null),
  },
  award_confirmed: {
    authors: ['system', 'official'], process: 'call', from: ['published'], lotFrom: ['standstill'], lotTo: 'awarded', tags: ['awardUpdate'],
    check: (s, e) => (e.at.getTime() >= s.standstillUntil[e.lotId!]!.getTime() ? null : 'procurement.rule.standstillRunning'),
  },
  // Ley 19.886 art. 9: a tender is declared deserted when no bids come or none suits the institution's interests.
  deserted: {
    authors: ['official', 'system'], process: 'call', from: ['published'], lotFrom: ['open', 'evaluation', 'standstill'], lotTo: 'deserted', tags: ['tenderUpdate'],
    check: (s, e, ctx) => (s.lots[e.lotId!] === 'open' && !afterDeadline(e, ctx) ? 'procurement.rule.desertBeforeDeadline' : null),
  },
  lot_cancelled: { authors: ['official'], process: 'call', from: ['published'], lotFrom: LIVE_LOT, lotTo: 'cancelled', tags: ['tenderUpdate'] },
  cancelled: { authors: ['official'], process: 'call', from: ['draft', 'published'], to: 'cancelled', tags: ['tenderCancellation'] },
  contract_signed: { ...CONTRACT, tags: ['contract'] },
  milestone_met: { ...CONTRACT, tags: ['implementation'] },
  payment_recorded: { ...CONTRACT, tags: ['implementation'] },
  contract_terminated: { ...CONTRACT, tags: ['contractTermination'] },
  call_off_started: { authors: ['official'], process: 'call_off', from: [], to: 'published', tags: ['tender'] },
  call_off_awarded: { authors: ['official'], process: 'call_off', from: ['published'], to: 'closed', tags: ['award'] },
  call_off_cancelled: { authors: ['official'], process: 'call_off', from: ['published'], to: 'cancelled', tags: ['tenderCancellation'] },
};

/** Contract events of a call-off: the same steps as a call's, on the placed call-off (no lot of its own). */
const CALL_OFF_CONTRACT_EVENTS: readonly ProcessEventKind[] = ['contract_signed', 'milestone_met', 'payment_recorded', 'contract_terminated'];

export const isRefusal = (r: ProcessSnapshot | Refusal): r is Refusal => 'refused' in r;
const refuse = (messageKey: MessageKey, params?: Record<string, string>): Refusal => ({ refused: true, messageKey, ...(params ? { params } : {}) });

/** The empty process, before its first event; a call's lots are known from the context (the lot rows). */
export const emptyProcess = (kind: ProcessKind, ctx: ProcessContext): ProcessSnapshot => ({
  kind, state: 'draft', lots: kind === 'call' ? Object.fromEntries(Object.keys(ctx.lots).map((id) => [id, 'draft'])) : {},
  standstillUntil: {}, events: [],
});

/** Applies one event: the new snapshot, or the refusal with the rule's message. */
export function next(s: ProcessSnapshot, event: ProcessEvent, ctx: ProcessContext): ProcessSnapshot | Refusal {
  const t = TRANSITIONS[event.kind] as Transition<ProcessEventKind>;
  if (!t.authors.includes(event.author)) return refuse('procurement.rule.wrongAuthor', { author: event.author });
  const started = s.events.length > 0;
  if (s.kind === 'call_off' && CALL_OFF_CONTRACT_EVENTS.includes(event.kind)) {
    if (s.state !== 'closed') return refuse('procurement.rule.wrongState', { state: s.state });
  } else {
    if (t.process !== s.kind) return refuse('procurement.rule.wrongProcess');
    if (started ? !t.from.includes(s.state) : t.from.length > 0) return refuse('procurement.rule.wrongState', { state: started ? s.state : 'none' });
    if (t.lotFrom) {
      const lot = event.lotId === null ? undefined : s.lots[event.lotId];
      if (lot === undefined) return refuse('procurement.rule.unknownLot');
      if (!t.lotFrom.includes(lot)) return refuse('procurement.rule.wrongLotState', { state: lot });
    }
  }
  const broken = t.check?.(s, event as never, ctx);
  return broken ? refuse(broken) : apply(s, event);
}

function apply(s: ProcessSnapshot, event: ProcessEvent): ProcessSnapshot {
  const t = TRANSITIONS[event.kind] as Transition<ProcessEventKind>;
  const lots = { ...s.lots };
  if (event.kind === 'published') for (const id of Object.keys(lots)) lots[+id] = 'open';
  if (event.kind === 'cancelled') for (const id of Object.keys(lots)) if (!FINAL_LOT_STATES.includes(lots[+id]!)) lots[+id] = 'cancelled';
  if (t.lotTo && event.lotId !== null) lots[event.lotId] = t.lotTo;
  const standstillUntil = event.kind === 'awarded' ? { ...s.standstillUntil, [event.lotId!]: new Date(event.data.standstillUntil) } : s.standstillUntil;
  let state = t.to ?? s.state;
  // A published call closes by itself once every lot is final.
  if (s.kind === 'call' && state === 'published' && Object.values(lots).every((l) => FINAL_LOT_STATES.includes(l))) state = 'closed';
  return { kind: s.kind, state, lots, standstillUntil, events: [...s.events, event] };
}

/** The release tags an event emits, in the process it happens in (none while the call is a draft). */
export function releaseTagsOf(before: ProcessSnapshot, event: ProcessEvent): readonly string[] {
  if (before.state === 'draft' && before.events.length > 0 && event.kind !== 'published') return [];
  return TRANSITIONS[event.kind].tags ?? [];
}

/** Replays a stored history (rules are not judged again: a step valid when taken stays valid). */
export function replayProcess(kind: ProcessKind, events: readonly ProcessEvent[], ctx: ProcessContext): ProcessSnapshot {
  return events.reduce((s, e) => apply(s, e), emptyProcess(kind, ctx));
}
