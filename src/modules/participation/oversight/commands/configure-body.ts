// An official creates or reconfigures the institution's oversight body: seats, term length and the answer period.
// A new answer period applies to observations opened afterwards; those already open keep the deadline they were given.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationOversightBodies as bodies } from '../schema.js';

export interface BodySettings { seats: number; termMonths: number; answerDays: number }

export async function configureBody(tx: Tx, institutionId: number, settings: BodySettings, official: Pick<Actor, 'personId' | 'name'>) {
  const [existing] = await tx.select().from(bodies).where(eq(bodies.institutionId, institutionId)).for('update');
  const [body] = existing
    ? await tx.update(bodies).set({ ...settings, updatedAt: new Date() }).where(eq(bodies.id, existing.id)).returning()
    : await tx.insert(bodies).values({ institutionId, ...settings }).returning();
  await appendAudit(tx, {
    actor: auditActor(official), institutionId, action: existing ? 'participation.oversight.configure' : 'participation.oversight.create',
    resourceType: 'participation_oversight_body', resourceId: body!.id, public: true,
    summary: { ...settings, ...(existing ? { before: { seats: existing.seats, termMonths: existing.termMonths, answerDays: existing.answerDays } } : {}) },
  });
  return body!;
}
