// Removes a phase entered by mistake, only when the history left behind still follows the rules (phases.ts) and is
// not empty: removing construcción between investigación and aceleración would leave a jump the rules refuse.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { notFound } from '../../../../core/http/errors.js';
import { servicesPhases, servicesServices } from '../schema.js';
import { findServiceById } from '../queries.js';
import { checkPhases } from './checks.js';

export async function removePhase(tx: Tx, input: { serviceId: number; phaseId: number }, actor: AuditActor): Promise<void> {
  const service = await findServiceById(tx, input.serviceId);
  if (!service) throw new RangeError(`no service ${input.serviceId}`);
  const removed = service.phases.find((p) => p.id === input.phaseId);
  if (!removed) throw notFound();
  checkPhases('phase', service.phases.filter((p) => p.id !== removed.id));
  await tx.delete(servicesPhases).where(and(eq(servicesPhases.id, removed.id), eq(servicesPhases.serviceId, service.id)));
  await tx.update(servicesServices).set({ updatedAt: new Date() }).where(eq(servicesServices.id, service.id));
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.phase.remove', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, phase: removed.phase, startedOn: removed.startedOn }, public: true,
  });
}
