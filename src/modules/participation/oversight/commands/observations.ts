// Observations: a member in term opens one on a commitment, a budget line or a procurement process; the institution
// must answer within the body's business days, counted on the Chilean calendar of its territory (Ley 19.880 art. 25,
// core/calendar) from the day after it was opened, the skipped days kept as the deadline's provenance. Officials
// answer (the first answer ends the wait, so the observation is no longer overdue); members reply or close it.
// Everything is public and audited. The member who opens an observation follows it, and the institution's first answer
// is an event its followers hear of (notifications/), in the app and by email.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { addBusinessDays, toSantiagoDate } from '../../../../core/calendar/index.js';
import { follow, recordEvent } from '../../notifications/record.js';
import { participationOversightMessages as messages, participationOversightObservations as obs, type MessageKind } from '../schema.js';
import type { Body, Member, ObservationDetail } from '../queries.js';
import type { ResolvedTarget } from '../targets.js';

type Person = Pick<Actor, 'personId' | 'name'>;

export async function openObservation(tx: Tx, body: Body, member: Member, territory: string | null, target: ResolvedTarget,
  input: { title: string; body: string }, person: Person, now = new Date()) {
  const deadline = addBusinessDays(toSantiagoDate(now), body.answerDays, territory ? { territory } : {});
  const [row] = await tx.insert(obs).values({
    bodyId: body.id, institutionId: body.institutionId, memberId: member.id, ...target, title: input.title, body: input.body,
    openedAt: now, dueDate: deadline.due, answerDays: body.answerDays, skippedDays: deadline.skipped,
  }).returning();
  await appendAudit(tx, {
    actor: auditActor(person), institutionId: body.institutionId, action: 'participation.oversight.observation.open',
    resourceType: 'participation_oversight_observation', resourceId: row!.id, public: true,
    summary: { title: input.title, targetType: target.targetType, targetId: target.targetId, targetRef: target.targetRef, dueDate: deadline.due, answerDays: body.answerDays },
  });
  await follow(tx, person.personId, subjectOf(row!));
  return row!;
}

const subjectOf = (o: { id: number; institutionId: number }) => ({ type: 'observation' as const, id: o.id, institutionId: o.institutionId, processId: null });

const STATUS_AFTER: Record<MessageKind, 'answered' | 'closed' | null> = { answer: 'answered', reply: null, close: 'closed' };

/** An official's answer, a member's reply or a member's closing note; refused on a closed observation (409). */
export async function addMessage(tx: Tx, observation: Pick<ObservationDetail, 'id' | 'institutionId' | 'status' | 'answeredAt'>, kind: MessageKind,
  input: { body: string; url?: string }, person: Person, now = new Date()) {
  const status = STATUS_AFTER[kind];
  const set = kind === 'answer' ? { status: 'answered' as const, ...(observation.answeredAt ? {} : { answeredAt: now }) }
    : kind === 'close' ? { status: 'closed' as const, closedAt: now } : {};
  // Re-checked under the update, so an answer racing a close cannot land on a closed observation. A reply changes no
  // status (status = status): it never reopens the wait, the deadline was met or not.
  const changed = await tx.update(obs).set(Object.keys(set).length ? set : { status: sql`${obs.status}` })
    .where(and(eq(obs.id, observation.id), ne(obs.status, 'closed'))).returning({ id: obs.id });
  if (changed.length === 0) throw conflict('participation.oversight.error.closed');
  if (kind === 'answer' && !observation.answeredAt) await recordEvent(tx, subjectOf(observation), 'observation.answered', { actorId: person.personId });
  await tx.insert(messages).values({ observationId: observation.id, institutionId: observation.institutionId, kind, personId: person.personId, authorName: person.name,
    body: input.body, url: input.url ?? null, at: now });
  await appendAudit(tx, {
    actor: auditActor(person), institutionId: observation.institutionId, action: `participation.oversight.observation.${kind}`,
    resourceType: 'participation_oversight_observation', resourceId: observation.id, public: true,
    summary: { body: input.body, ...(input.url ? { url: input.url } : {}), ...(status ? { status } : {}) },
  });
}
