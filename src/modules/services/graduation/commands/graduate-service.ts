// Graduation (issue 10 point 6): a funded civil-society initiative (a grant agreement) or an accepted proposal becomes
// a service in investigación today, keeping the link: the registry's registerService records grantContractId or
// proposalId (each unique: a second graduation is refused), and a grant is also linked as the service's funding, its
// incubatorRef pointing at the service (../../funding/commands/link-contract.ts). All in the caller's transaction:
// a refusal at any step leaves nothing written.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { registerService } from '../../registry/commands/register-service.js';
import { todayInChile } from '../../registry/commands/checks.js';
import { resolveLead } from '../../registry/service-input.js';
import { servicesIncubators } from '../../registry/schema.js';
import { linkContract } from '../../funding/commands/link-contract.js';
import { checkGraduable, findGraduable, type OriginKind } from '../origins.js';

export interface GraduationInput {
  origin: { kind: OriginKind; id: number };
  slug: string;
  title: string;
  mission: string;
  incubatorId: number;
  leadEmail: string;
  leadTitle?: string;
}

export async function graduateService(tx: Tx, input: GraduationInput, actor: AuditActor, baseUrl: string, today = todayInChile()): Promise<{ id: number; slug: string }> {
  const origin = await findGraduable(tx, input.origin.kind, input.origin.id);
  if (!origin) throw new InvalidField('origin', 'services.funding.error.origin');
  await checkGraduable(tx, origin);
  const leadPersonId = await resolveLead(tx, input.leadEmail);
  const service = await registerService(tx, {
    slug: input.slug, title: input.title, mission: input.mission, incubatorId: input.incubatorId, leadPersonId, leadTitle: input.leadTitle,
    sponsorInstitutionIds: [origin.institutionId],
    grantContractId: origin.kind === 'grant' ? origin.id : null, proposalId: origin.kind === 'proposal' ? origin.id : null,
    firstPhase: { phase: 'investigacion', startedOn: today },
  }, actor);
  const [incubator] = await tx.select({ institutionId: servicesIncubators.institutionId }).from(servicesIncubators).where(eq(servicesIncubators.id, input.incubatorId));
  if (origin.kind === 'grant') {
    const parties = { incubatorInstitutionId: incubator!.institutionId, sponsorInstitutionIds: [origin.institutionId], leadPersonId };
    await linkContract(tx, { id: service.id, slug: service.slug, grantContractId: origin.id, parties }, origin.id, actor, baseUrl);
  }
  await appendAudit(tx, {
    actor, institutionId: origin.institutionId, action: 'services.service.graduate', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, origin: origin.kind, originId: origin.id, originTitle: origin.title }, public: true,
  });
  return service;
}
