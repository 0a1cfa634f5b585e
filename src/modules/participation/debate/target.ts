// What a debate is attached to (a process, a consultation or a proposal), found through the notifications area's
// subject reader (the shared contract: id, institution_id, process_id, title), and whether its process's active phase
// enables debate now (processes/phases.ts: a write is allowed only while the active phase enables its component).
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { conflict, notFound } from '../../../core/http/errors.js';
import { formatters, type Locale } from '../../../core/i18n/index.js';
import { participationPhases } from '../processes/schema.js';
import { activePhase, componentOpen } from '../processes/phases.js';
import { findSubject, type FoundSubject } from '../notifications/subjects.js';
import type { TargetType } from './schema.js';

export interface Target extends FoundSubject {
  type: TargetType;
  processId: number;
  /** Debate is open now: the process's active phase enables it. */
  open: boolean;
  /** When the phase that enables debate ends (open) or the last one that did ended (closed), for the messages. */
  closedAt: Date | null;
}

/** URL segments of the debate pages (URL map of the participation team). */
export const TARGET_SEGMENTS: Record<TargetType, string> = { process: 'procesos', consultation: 'consultas', proposal: 'propuestas' };
export const targetTypeOfSegment = (segment: string): TargetType | null =>
  (Object.entries(TARGET_SEGMENTS).find(([, s]) => s === segment)?.[0] as TargetType | undefined) ?? null;
export const debatePath = (type: TargetType, id: number) => `/participacion/${TARGET_SEGMENTS[type]}/${id}/debate`;

export async function findTarget(db: DbOrTx, type: TargetType, id: number, now = new Date()): Promise<Target | null> {
  const subject = await findSubject(db, type, id);
  if (!subject || subject.processId === null) return null;
  const phases = await db.select({ id: participationPhases.id, startsAt: participationPhases.startsAt, endsAt: participationPhases.endsAt,
    components: participationPhases.components }).from(participationPhases)
    .where(eq(participationPhases.processId, subject.processId)).orderBy(asc(participationPhases.startsAt));
  const open = componentOpen(phases, 'debate', now);
  const past = phases.filter((p) => p.components.includes('debate') && p.endsAt.getTime() <= now.getTime());
  const closedAt = open ? activePhase(phases, now)!.endsAt : past.at(-1)?.endsAt ?? null;
  return { ...subject, type, processId: subject.processId, open, closedAt };
}

export async function targetOrNotFound(db: DbOrTx, type: TargetType, id: number): Promise<Target> {
  const target = await findTarget(db, type, id);
  if (!target) throw notFound();
  return target;
}

/** 409 with the date debate closed ("El debate de este proceso cerró el …"), or that it is not open yet. */
export function closedError(target: Target, locale: Locale) {
  if (!target.closedAt) return conflict('participation.debate.notOpen');
  return conflict('participation.debate.closed', { date: formatters(locale).dateTime.format(target.closedAt) });
}
