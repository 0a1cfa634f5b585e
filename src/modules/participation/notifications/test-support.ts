// Helpers for notification tests: a mailer that keeps what it is given, following and recording directly, and
// reading who was notified of what.
import { and, eq } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import type { Mailer } from '../../../core/auth/email.js';
import { follow, recordEvent, type EventKind } from './record.js';
import { participationEvents, participationNotifications, type SubjectType } from './schema.js';
import { findSubject } from './subjects.js';
import type { NotificationMail } from './mail.js';

export interface CapturingMailer extends Mailer { sent: NotificationMail[] }

export function capturingMailer(): CapturingMailer {
  const sent: NotificationMail[] = [];
  return { sent, send: async (m) => { sent.push(m as NotificationMail); }, close: () => {} };
}

export const silentLog = { info: () => {}, error: () => {} };

export async function followDirectly(t: TestApp, personId: number, type: SubjectType, id: number) {
  const subject = (await findSubject(t.database.db, type, id))!;
  await t.database.db.transaction((tx) => follow(tx, personId, subject));
}

/** Records an event about a subject in its own transaction, as another area's command would. */
export async function recordDirectly(t: TestApp, type: SubjectType, id: number, kind: EventKind, params: Record<string, string | number> = {}) {
  const subject = (await findSubject(t.database.db, type, id))!;
  await t.database.db.transaction((tx) => recordEvent(tx, subject, kind, params));
}

/** Person ids notified of the events of `kind` about a subject (one entry per notification). */
export async function notifiedOf(t: TestApp, type: SubjectType, id: number, kind: string): Promise<number[]> {
  const rows = await t.database.db.select({ personId: participationNotifications.personId }).from(participationNotifications)
    .innerJoin(participationEvents, eq(participationEvents.id, participationNotifications.eventId))
    .where(and(eq(participationEvents.subjectType, type), eq(participationEvents.subjectId, id), eq(participationEvents.kind, kind)));
  return rows.map((r) => r.personId).sort((a, b) => a - b);
}

export const eventsOf = (t: TestApp, kind: string) =>
  t.database.db.select().from(participationEvents).where(eq(participationEvents.kind, kind));
