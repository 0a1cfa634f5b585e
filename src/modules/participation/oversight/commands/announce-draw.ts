// An official announces a draw: the term it fills (fixed: termStart plus the body's term length), when volunteering
// closes, and the SHA-256 of a seed only they know (the commitment; the seed itself is never stored before the draw).
import { and, eq, isNull, max } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import type { CalendarDate } from '../../../../core/calendar/index.js';
import { participationOversightDraws as draws } from '../schema.js';
import type { Body } from '../queries.js';

/** The last day of a term of `months` starting on `start`: 2026-03-01 + 24 months ends 2028-02-29. */
export function termEndOf(start: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

export interface DrawAnnouncement { termStart: CalendarDate; closesAt: Date; seedHash: string }

export async function announceDraw(tx: Tx, body: Body, input: DrawAnnouncement, official: Pick<Actor, 'personId' | 'name'>) {
  const [pending] = await tx.select({ id: draws.id }).from(draws).where(and(eq(draws.bodyId, body.id), isNull(draws.drawnAt))).for('update');
  if (pending) throw conflict('participation.oversight.error.drawPending');
  const [last] = await tx.select({ end: max(draws.termEnd) }).from(draws).where(eq(draws.bodyId, body.id));
  // Fixed terms do not overlap: the seats of one term are filled by one draw.
  if (last?.end && input.termStart <= last.end) throw conflict('participation.oversight.error.termOverlap', { date: last.end });
  const termEnd = termEndOf(input.termStart, body.termMonths);
  const [draw] = await tx.insert(draws).values({
    bodyId: body.id, institutionId: body.institutionId, seats: body.seats, termStart: input.termStart, termEnd, seedHash: input.seedHash.toLowerCase(), closesAt: input.closesAt,
  }).returning();
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: body.institutionId, action: 'participation.oversight.draw.announce',
    resourceType: 'participation_oversight_draw', resourceId: draw!.id, public: true,
    summary: { seats: draw!.seats, termStart: draw!.termStart, termEnd, closesAt: input.closesAt.toISOString(), seedHash: draw!.seedHash },
  });
  return draw!;
}
