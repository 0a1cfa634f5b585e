// Registers a service in an incubator with its first phase (investigación, or construcción when the investigation
// was done elsewhere), its sponsors and team, in one transaction with its audit row. The lead official must hold an
// official role somewhere: each service is led by a civil servant (the roadmap's first rule).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { servicesIncubators, servicesPhases, servicesServices, servicesSponsors, servicesTeam } from '../schema.js';
import { PHASES, type Phase } from '../../phases.js';
import { checkOneOf, checkPastDay, checkPhases, checkSlug } from './checks.js';
import { checkServiceFields, type ServiceFields } from './service-fields.js';

/**
 * Addresses the incubator's own pages use next to /servicios/{slug} (and /api/v1/services/{slug}): a service named
 * so would be unreachable.
 */
const RESERVED_SLUGS = ['nuevo', 'incubadoras', 'incubators', 'programa', 'programme', 'revisiones', 'graduar', 'feed'];

export interface ServiceInput extends ServiceFields {
  slug: string;
  incubatorId: number;
  /** Graduation (point 6): the grant contract or accepted proposal it comes from. */
  grantContractId?: number | null;
  proposalId?: number | null;
  firstPhase: { phase: Phase; startedOn: string; note?: string };
}

export async function registerService(tx: Tx, input: ServiceInput, actor: AuditActor): Promise<{ id: number; slug: string }> {
  const slug = checkSlug('slug', input.slug);
  if (RESERVED_SLUGS.includes(slug)) throw new InvalidField('slug', 'services.error.slugReserved');
  if ((await tx.select({ id: servicesServices.id }).from(servicesServices).where(eq(servicesServices.slug, slug))).length) {
    throw new InvalidField('slug', 'services.error.slugTaken');
  }
  const [incubator] = await tx.select().from(servicesIncubators).where(eq(servicesIncubators.id, input.incubatorId));
  if (!incubator) throw new InvalidField('incubator', 'services.error.incubator');
  const { record, sponsorIds, team } = await checkServiceFields(tx, input);
  const phase = checkOneOf('phase', input.firstPhase.phase, PHASES);
  checkPastDay('startedOn', input.firstPhase.startedOn);
  checkPhases('phase', [{ phase, startedOn: input.firstPhase.startedOn }]);
  const [service] = await tx.insert(servicesServices).values({
    ...record, slug, incubatorId: incubator.id,
    grantContractId: input.grantContractId ?? null, proposalId: input.proposalId ?? null, createdBy: actor.id ?? input.leadPersonId,
  }).returning({ id: servicesServices.id });
  const id = service!.id;
  await tx.insert(servicesSponsors).values(sponsorIds.map((institutionId) => ({ serviceId: id, institutionId })));
  if (team.length) await tx.insert(servicesTeam).values(team.map((m, position) => ({ serviceId: id, ...m, position })));
  await tx.insert(servicesPhases).values({ serviceId: id, phase, startedOn: input.firstPhase.startedOn, note: (input.firstPhase.note ?? '').trim(), recordedBy: actor.id });
  await appendAudit(tx, {
    actor, institutionId: incubator.institutionId, action: 'services.service.register', resourceType: 'service', resourceId: id,
    summary: { slug, title: record.title, phase, startedOn: input.firstPhase.startedOn }, public: true,
  });
  return { id, slug };
}
