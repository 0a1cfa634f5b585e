// Recording a step of a request (acknowledge, extend, answer, comment …): the data is checked against its kind's
// schema (events.ts), the step against the lifecycle (lifecycle.ts next) on the history replayed under a row lock (two
// officials answering at once are serialised), then the event, the audit row and the cache are written in the
// caller's transaction. A refused step throws the rule's 4xx, so the caller's transaction writes nothing.
import { eq } from 'drizzle-orm';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { badRequest, conflict, notFound } from '../../../../core/http/errors.js';
import { people } from '../../../../core/auth/schema.js';
import { institutions } from '../../../../core/tenancy/schema.js';
import { RequestEventSchemas, type RequestEvent, type RequestEventKind } from '../events.js';
import { isRefusal, next, replayRequest, type Author, type RequestSnapshot } from '../lifecycle.js';
import { transparencyRequestEvents as ev, transparencyRequests as r } from '../schema.js';
import { fileRequest } from './file-request.js';
import { loadRequestEvents, replayContextOf, rewriteCache } from './replay.js';

// events.ts asks for format 'uri' (art. 15 links); TypeBox checks formats only once they are registered.
if (!FormatRegistry.Has('uri')) FormatRegistry.Set('uri', (v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v) && URL.canParse(v));

export type RecordEventInput = {
  requestId: number;
  kind: RequestEventKind;
  data: unknown;
  author: Author;
  /** The official, or the signed-in requester; null for the clock or a requester without an account. */
  personId: number | null;
  /** When it happened (an opposition received by post); now by default, never before the last step nor ahead. */
  at?: Date;
};

export type RecordedEvent = { eventId: number; snapshot: RequestSnapshot; transferredTo?: { id: number; folio: string } };

/** Clock skew allowed between the app and the database host for an `at` "now". */
const FUTURE_SLACK_MS = 60_000;

export async function recordRequestEvent(tx: Tx, input: RecordEventInput): Promise<RecordedEvent> {
  const [request] = await tx.select().from(r).where(eq(r.id, input.requestId)).for('update');
  if (!request) throw notFound();
  const schema = RequestEventSchemas[input.kind];
  // Fields the kind does not define are dropped, not stored: the timeline is public and shows only what events.ts says.
  const data = schema ? Value.Clean(schema, structuredClone(input.data)) : undefined;
  if (!schema || !Value.Check(schema, data)) throw badRequest('transparency.request.rule.invalidData');
  if (input.kind === 'transferred') delete (data as { toRequestId?: number }).toRequestId;
  const at = input.at ?? new Date();
  const history = await loadRequestEvents(tx, request.id);
  // Steps keep their order in time; the clock's recompute records are stamped when they ran and do not count here.
  const last = history.filter((e) => e.kind !== 'deadline_recomputed').at(-1)!;
  if (at.getTime() < last.at.getTime() || at.getTime() > Date.now() + FUTURE_SLACK_MS) throw badRequest('transparency.request.rule.eventTime');
  const ctx = await replayContextOf(tx, request.institutionId);
  const event = { kind: input.kind, at, author: input.author, data } as RequestEvent;
  const result = next(replayRequest(history, ctx), event, ctx);
  if (isRefusal(result)) throw conflict(result.messageKey, result.params);

  let transferredTo: RecordedEvent['transferredTo'];
  if (event.kind === 'transferred' && event.data.toInstitutionId !== undefined) {
    transferredTo = await transferWithin(tx, request, event.data.toInstitutionId, at);
    event.data.toRequestId = transferredTo.id;
  }
  const [row] = await tx.insert(ev).values({
    requestId: request.id, institutionId: request.institutionId, kind: event.kind, data: event.data, author: input.author,
    personId: input.personId, at, public: event.kind !== 'note',
  }).returning({ id: ev.id });
  await appendAudit(tx, {
    actor: await auditActorOf(tx, input, request.showName ? request.requesterName : null),
    institutionId: request.institutionId, action: `transparency.request.${event.kind}`, resourceType: 'transparency_request',
    resourceId: request.id, public: event.kind !== 'note', summary: { folio: request.folio, eventId: row!.id, state: result.state },
  });
  // The calendar is read again now that the audit lock is held: a holiday committed meanwhile counts (recompute.ts).
  const snapshot = await rewriteCache(tx, request.id, request.institutionId);
  return { eventId: row!.id, snapshot, ...(transferredTo ? { transferredTo } : {}) };
}

/**
 * Art. 13: the competent body is on this installation, so the request is filed there at the transfer's instant (its
 * clock starts on its own receipt), with the same content and requester; the requester follows it from the
 * original's private link (queries.ts), so the new request's own token is never handed out.
 */
async function transferWithin(tx: Tx, from: typeof r.$inferSelect, toInstitutionId: number, at: Date) {
  const [target] = await tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, toInstitutionId));
  if (!target || target.id === from.institutionId) throw badRequest('transparency.request.rule.transferTarget');
  const [filed] = await tx.select({ data: ev.data }).from(ev).where(eq(ev.requestId, from.id)).orderBy(ev.id).limit(1);
  const { id, folio } = await fileRequest(tx, {
    institutionId: target.id, subject: from.subject, body: from.body, format: from.format, delivery: from.delivery,
    requesterName: from.requesterName, requesterEmail: from.requesterEmail, requesterAddress: from.requesterAddress,
    requesterPersonId: from.requesterPersonId, showName: from.showName, at, transferredFromId: from.id,
    rules: { thirdPartySuspends: (filed?.data as { thirdPartySuspends?: boolean }).thirdPartySuspends ?? false },
  });
  return { id, folio };
}

/** Officials act by name (their acts are public); a requester by name only if they chose so; the clock as 'system'. */
async function auditActorOf(tx: Tx, input: RecordEventInput, requesterName: string | null): Promise<AuditActor> {
  if (input.author === 'system') return { id: null, label: 'system' };
  if (input.author === 'requester') return { id: input.personId, label: requesterName ?? 'requester' };
  const [person] = input.personId === null ? [] : await tx.select({ name: people.name }).from(people).where(eq(people.id, input.personId));
  return { id: input.personId, label: person?.name ?? 'official' };
}
