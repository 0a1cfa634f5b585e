// A verified resident volunteers for a draw while it is open: published by display name and a public id in order of
// arrival (V0001, …). The draw row is locked so two volunteers at once get consecutive ids, never the same one.
import { count, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationOversightDraws as draws, participationOversightVolunteers as volunteers } from '../schema.js';
import { publicIdOf } from '../draw.js';

export async function volunteerForDraw(tx: Tx, drawId: number, person: Pick<Actor, 'personId' | 'name'>, now = new Date()) {
  const [draw] = await tx.select().from(draws).where(eq(draws.id, drawId)).for('update');
  if (!draw || draw.drawnAt || draw.closesAt <= now) throw conflict('participation.oversight.error.volunteeringClosed');
  const [{ n }] = await tx.select({ n: count() }).from(volunteers).where(eq(volunteers.drawId, drawId)) as [{ n: number }];
  const inserted = await tx.insert(volunteers).values({
    drawId, institutionId: draw.institutionId, personId: person.personId, publicId: publicIdOf(Number(n) + 1), displayName: person.name,
  }).onConflictDoNothing().returning();
  if (inserted.length === 0) throw conflict('participation.oversight.error.alreadyVolunteered');
  const v = inserted[0]!;
  await appendAudit(tx, {
    actor: auditActor(person), institutionId: draw.institutionId, action: 'participation.oversight.volunteer',
    resourceType: 'participation_oversight_draw', resourceId: drawId, public: true, summary: { publicId: v.publicId, displayName: v.displayName },
  });
  return v;
}
