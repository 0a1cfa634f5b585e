// A service enters a phase on a date: refused, with nothing written, when the history it would leave breaks the rules
// (phases.ts: what may follow what, one phase a day, nothing after the end) or the date is after today.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { servicesPhases, servicesServices } from '../schema.js';
import { findServiceById } from '../queries.js';
import { PHASES, type Phase } from '../../phases.js';
import { checkOneOf, checkPastDay, checkPhases } from './checks.js';

export interface PhaseInput { serviceId: number; phase: Phase; startedOn: string; note?: string }

export async function recordPhase(tx: Tx, input: PhaseInput, actor: AuditActor): Promise<{ id: number }> {
  const service = await findServiceById(tx, input.serviceId);
  if (!service) throw new RangeError(`no service ${input.serviceId}`);
  const phase = checkOneOf('phase', input.phase, PHASES);
  checkPastDay('startedOn', input.startedOn);
  checkPhases('phase', [...service.phases, { phase, startedOn: input.startedOn }]);
  const [row] = await tx.insert(servicesPhases).values({
    serviceId: service.id, phase, startedOn: input.startedOn, note: (input.note ?? '').trim(), recordedBy: actor.id,
  }).returning({ id: servicesPhases.id });
  await tx.update(servicesServices).set({ updatedAt: new Date() }).where(eq(servicesServices.id, service.id));
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.phase.record', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, phase: input.phase, startedOn: input.startedOn }, public: true,
  });
  return { id: row!.id };
}
