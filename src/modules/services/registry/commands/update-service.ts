// Edits a service's record: its texts, links and statuses, lead official, sponsors and team (the team list is
// replaced whole, in the order given). Its address (slug) and incubator stay: links to /servicios/{slug} live on.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { servicesServices, servicesSponsors, servicesTeam } from '../schema.js';
import { findServiceById } from '../queries.js';
import { checkServiceFields, type ServiceFields } from './service-fields.js';

export async function updateService(tx: Tx, serviceId: number, input: ServiceFields, actor: AuditActor): Promise<void> {
  const service = await findServiceById(tx, serviceId);
  if (!service) throw new RangeError(`no service ${serviceId}`);
  const { record, sponsorIds, team } = await checkServiceFields(tx, input);
  await tx.update(servicesServices).set({ ...record, updatedAt: new Date() }).where(eq(servicesServices.id, serviceId));
  await tx.delete(servicesSponsors).where(eq(servicesSponsors.serviceId, serviceId));
  await tx.insert(servicesSponsors).values(sponsorIds.map((institutionId) => ({ serviceId, institutionId })));
  await tx.delete(servicesTeam).where(eq(servicesTeam.serviceId, serviceId));
  if (team.length) await tx.insert(servicesTeam).values(team.map((m, position) => ({ serviceId, ...m, position })));
  // The audit names what changed, never the lead's email (officials are recorded by name).
  const changed = (Object.keys(record) as Array<keyof typeof record>).filter((k) => JSON.stringify(record[k]) !== JSON.stringify(service[k] ?? null));
  if (JSON.stringify([...sponsorIds].sort()) !== JSON.stringify([...service.parties.sponsorInstitutionIds].sort())) changed.push('sponsors' as never);
  if (JSON.stringify(team) !== JSON.stringify(service.team)) changed.push('team' as never);
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.service.update', resourceType: 'service', resourceId: serviceId,
    summary: { slug: service.slug, changed }, public: true,
  });
}
