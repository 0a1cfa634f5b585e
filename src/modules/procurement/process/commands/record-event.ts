// Recording a step of a contracting process (publish, open bids, award, sign a contract …): the data is checked against
// its kind's schema (events.ts) and the step against the lifecycle (lifecycle.ts next) on the history replayed under a
// row lock on the call (two officials awarding at once are serialised). Then, in the caller's transaction: the event,
// its audit row, the state cache of the call and its lots, and the OCDS release the step emits. A refused step throws
// its 4xx, so the caller's transaction writes nothing.
import { asc, eq } from 'drizzle-orm';
import { Value } from '@sinclair/typebox/value';
import type { DbOrTx, Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { badRequest, conflict, notFound } from '../../../../core/http/errors.js';
import { procurementCalls as calls, procurementLots as lots, procurementCallOffs as callOffs } from '../../schema.js';
import { procurementEvents as ev } from '../schema.js';
import { FINAL_LOT_STATES } from '../../calls/schema.js';
import { ProcessEventSchemas, type ProcessEvent, type ProcessEventKind } from '../events.js';
import { isRefusal, next, releaseTagsOf, replayProcess, type ProcessContext, type ProcessKind, type ProcessSnapshot } from '../lifecycle.js';
import type { EventAuthor } from '../schema.js';
import { emitRelease } from '../../ocds/emit.js';

export type RecordProcessEventInput = {
  /** The call; for a call-off's own process, also callOffId. */
  callId: number;
  callOffId?: number;
  lotId?: number | null;
  kind: ProcessEventKind;
  data: unknown;
  author: EventAuthor;
  /** Who took the step (audit label too); the clock is { id: null, label: 'system' }. */
  actor: AuditActor;
  /** When it happened; now by default. Never before the process's last step. */
  at?: Date;
};

export type RecordedProcessEvent = { eventId: number; snapshot: ProcessSnapshot; releaseId: string | null };

/** Clock skew allowed between the app and the database host for an `at` "now". */
const FUTURE_SLACK_MS = 60_000;

export async function recordProcessEvent(tx: Tx, input: RecordProcessEventInput): Promise<RecordedProcessEvent> {
  const [call] = await tx.select().from(calls).where(eq(calls.id, input.callId)).for('update');
  if (!call) throw notFound();
  const process = await processOf(tx, call, input.callOffId);
  const schema = ProcessEventSchemas[input.kind];
  // Fields the kind does not define are dropped, not stored: the history is public and shows only what events.ts says.
  const data = schema ? Value.Clean(schema, structuredClone(input.data ?? {})) : undefined;
  if (!schema || !Value.Check(schema, data)) throw badRequest('procurement.rule.invalidData');
  const at = input.at ?? new Date();
  const { snapshot: before, ctx, lastAt } = await loadProcess(tx, call.id, process.ocid, process.kind);
  if ((lastAt && at.getTime() < lastAt.getTime()) || at.getTime() > Date.now() + FUTURE_SLACK_MS) throw badRequest('procurement.rule.eventTime');
  const event = { kind: input.kind, at, author: input.author, lotId: input.lotId ?? null, data } as ProcessEvent;
  const after = next(before, event, ctx);
  if (isRefusal(after)) throw conflict(after.messageKey, after.params);

  const tags = releaseTagsOf(before, event);
  const [row] = await tx.insert(ev).values({
    institutionId: call.institutionId, ocid: process.ocid, callId: call.id, lotId: event.lotId, kind: event.kind, data: event.data,
    author: input.author, personId: input.actor.id, at, public: tags.length > 0,
  }).returning({ id: ev.id });
  await appendAudit(tx, {
    actor: input.actor, institutionId: call.institutionId, action: `procurement.process.${event.kind}`, resourceType: 'procurement_process',
    resourceId: process.ocid, public: tags.length > 0, summary: { ocid: process.ocid, lotId: event.lotId, eventId: row!.id, state: after.state },
  });
  await rewriteCache(tx, call.id, input.callOffId, before, after);
  const releaseId = tags.length > 0
    ? await emitRelease(tx, { institutionId: call.institutionId, ocid: process.ocid, eventId: row!.id, at, tags })
    : null;
  return { eventId: row!.id, snapshot: after, releaseId };
}

async function processOf(tx: Tx, call: typeof calls.$inferSelect, callOffId: number | undefined): Promise<{ ocid: string; kind: ProcessKind }> {
  if (callOffId === undefined) return { ocid: call.ocid, kind: 'call' };
  const [row] = await tx.select({ ocid: callOffs.ocid, callId: callOffs.callId }).from(callOffs).where(eq(callOffs.id, callOffId));
  if (!row || row.callId !== call.id) throw notFound();
  return { ocid: row.ocid, kind: 'call_off' };
}

/** The stored history of a process replayed, with the context its rules need (the call's lots). */
export async function loadProcess(db: DbOrTx, callId: number, ocid: string, kind: ProcessKind) {
  const lotRows = kind === 'call'
    ? await db.select({ id: lots.id, bidsUntil: lots.bidsUntil, admitCount: lots.admitCount }).from(lots).where(eq(lots.callId, callId))
    : [];
  const ctx: ProcessContext = { lots: Object.fromEntries(lotRows.map((l) => [l.id, { bidsUntil: l.bidsUntil, admitCount: l.admitCount }])) };
  const events = await db.select({ kind: ev.kind, at: ev.at, author: ev.author, lotId: ev.lotId, data: ev.data })
    .from(ev).where(eq(ev.ocid, ocid)).orderBy(asc(ev.id)) as ProcessEvent[];
  return { snapshot: replayProcess(kind, events, ctx), ctx, lastAt: events.at(-1)?.at ?? null };
}

/** The state columns of the call and its lots, or of the call-off, are the replay's cache (calls/schema.ts). */
const CALL_OFF_STATE = { draft: 'competition', published: 'competition', closed: 'placed', cancelled: 'cancelled' } as const;

async function rewriteCache(tx: Tx, callId: number, callOffId: number | undefined, before: ProcessSnapshot, s: ProcessSnapshot): Promise<void> {
  if (callOffId !== undefined) {
    await tx.update(callOffs).set({ state: CALL_OFF_STATE[s.state] }).where(eq(callOffs.id, callOffId));
    return;
  }
  await tx.update(calls).set({ state: s.state, updatedAt: new Date(), ...(s.events.at(-1)?.kind === 'published' ? { publishedAt: s.events.at(-1)!.at } : {}) })
    .where(eq(calls.id, callId));
  const last = s.events.at(-1)!;
  for (const [id, state] of Object.entries(s.lots)) {
    // A lot keeps the reason it became final with: cancelling the call later gives it to the lots still running only.
    const reason = last.lotId === +id && (last.kind === 'deserted' || last.kind === 'lot_cancelled') ? last.data.reason
      : last.kind === 'cancelled' && !FINAL_LOT_STATES.includes(before.lots[+id]!) ? last.data.reason : undefined;
    await tx.update(lots).set({ state, standstillUntil: s.standstillUntil[+id] ?? null, ...(reason ? { reason } : {}) }).where(eq(lots.id, +id));
  }
}
