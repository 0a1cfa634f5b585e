// The two calls other areas make into notifications, inside their own transactions: follow a subject (an author
// follows their proposal on creating it) and record an event about a subject (schema.ts: an outbox).
import type { Tx } from '../../../core/db/client.js';
import { participationEvents, participationFollows, type SubjectType } from './schema.js';

export type EventKind =
  | 'phase.started'
  | 'proposal.answered'
  | 'proposal.thresholdReached'
  | 'consultation.results'
  | 'vote.results'
  | 'comment.reply'
  | 'commitment.updated'
  | 'observation.answered';

export interface Subject {
  type: SubjectType;
  id: number;
  institutionId: number;
  processId: number | null;
}

export async function follow(tx: Tx, personId: number, subject: Subject): Promise<void> {
  await tx.insert(participationFollows)
    .values({ personId, subjectType: subject.type, subjectId: subject.id, institutionId: subject.institutionId })
    .onConflictDoNothing();
}

/**
 * Two keys of `params` are about people, not the message, and go to their own columns (never into the public
 * params): `actorId`, who caused the event (not told of their own act), and `recipientId`, for a direct event such
 * as a reply to someone's comment (told to that person only, not to the subject's followers).
 */
export async function recordEvent(tx: Tx, subject: Subject, kind: EventKind, params: Record<string, string | number> = {}): Promise<void> {
  const { actorId, recipientId, ...facts } = params;
  await tx.insert(participationEvents).values({
    institutionId: subject.institutionId, processId: subject.processId, subjectType: subject.type, subjectId: subject.id, kind, params: facts,
    actorId: typeof actorId === 'number' ? actorId : null, recipientId: typeof recipientId === 'number' ? recipientId : null,
  });
}
