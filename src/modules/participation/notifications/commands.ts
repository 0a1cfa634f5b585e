// Writes of following and notifications, each in the caller's transaction. Following and email preferences are a
// person's own choices, not official acts: their audit entries are private (like account events, core/audit/log.ts).
// Marking notifications read is not audited: it is the state of a person's own inbox, like a session, and says
// nothing anyone could be held to account for.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../core/policy.js';
import { follow } from './record.js';
import { participationFollows, participationNotifications, participationNotificationSettings, type EmailChoice } from './schema.js';
import type { FoundSubject } from './subjects.js';

export type PersonActor = AuditActor & { id: number };
export const personActor = (actor: Actor): PersonActor => ({ ...auditActor(actor), id: actor.personId });

export async function followSubject(tx: Tx, actor: PersonActor, subject: FoundSubject): Promise<void> {
  await follow(tx, actor.id, subject);
  await appendAudit(tx, { actor, institutionId: subject.institutionId, action: 'participation.follow', resourceType: `participation_${subject.type}`, resourceId: subject.id, public: false });
}

export async function unfollowSubject(tx: Tx, actor: PersonActor, subject: FoundSubject): Promise<void> {
  await tx.delete(participationFollows).where(and(eq(participationFollows.personId, actor.id),
    eq(participationFollows.subjectType, subject.type), eq(participationFollows.subjectId, subject.id)));
  await appendAudit(tx, { actor, institutionId: subject.institutionId, action: 'participation.unfollow', resourceType: `participation_${subject.type}`, resourceId: subject.id, public: false });
}

/** `via` says whether it was chosen on the preferences page or by an email's unsubscribe link. */
export async function setEmailChoice(tx: Tx, actor: PersonActor, email: EmailChoice, via: 'preferences' | 'unsubscribe-link'): Promise<void> {
  const now = new Date();
  await tx.insert(participationNotificationSettings).values({ personId: actor.id, email, updatedAt: now })
    .onConflictDoUpdate({ target: participationNotificationSettings.personId, set: { email, updatedAt: now } });
  await appendAudit(tx, { actor, action: 'participation.notifications.email', resourceType: 'person', resourceId: actor.id, summary: { email, via }, public: false });
}

/** Returns how many were unread. */
export async function markAllRead(tx: Tx, personId: number, now = new Date()): Promise<number> {
  const marked = await tx.update(participationNotifications).set({ readAt: now })
    .where(and(eq(participationNotifications.personId, personId), isNull(participationNotifications.readAt)))
    .returning({ id: participationNotifications.id });
  return marked.length;
}
