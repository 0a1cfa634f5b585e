// Registers a service in an incubator with its first phase (investigación, or construcción when the investigation
// was done elsewhere), its sponsors and team, in one transaction with its audit row. The lead official must hold an
// official role somewhere: each service is led by a civil servant (the roadmap's first rule).
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { institutions } from '../../../../core/tenancy/schema.js';
import { roleAssignments } from '../../../../core/auth/schema.js';
import { servicesIncubators, servicesPhases, servicesServices, servicesSponsors, servicesTeam } from '../schema.js';
import type { Accessibility, Reach, Theme, UserType } from '../schema.js';
import type { Phase } from '../../phases.js';
import { checkPastDay, checkPhases, checkText, checkUrl } from './checks.js';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ServiceInput {
  slug: string;
  title: string;
  mission: string;
  incubatorId: number;
  leadPersonId: number;
  leadTitle?: string;
  sponsorInstitutionIds: number[];
  team?: Array<{ name: string; role: string }>;
  userTypes?: UserType[];
  themes?: Theme[];
  reach?: Reach;
  link?: string | null;
  repository?: string | null;
  contact?: string | null;
  accessibility?: Accessibility | null;
  accessibilityUrl?: string | null;
  riskAnalysisUrl?: string | null;
  /** Graduation (point 6): the grant contract or accepted proposal it comes from. */
  grantContractId?: number | null;
  proposalId?: number | null;
  firstPhase: { phase: Phase; startedOn: string; note?: string };
}

export async function registerService(tx: Tx, input: ServiceInput, actor: AuditActor): Promise<{ id: number; slug: string }> {
  if (!SLUG_PATTERN.test(input.slug) || input.slug.length > 80) throw new InvalidField('slug', 'services.error.slug');
  if ((await tx.select({ id: servicesServices.id }).from(servicesServices).where(eq(servicesServices.slug, input.slug))).length) {
    throw new InvalidField('slug', 'services.error.slugTaken');
  }
  const title = checkText('title', input.title);
  const mission = checkText('mission', input.mission);
  const [incubator] = await tx.select().from(servicesIncubators).where(eq(servicesIncubators.id, input.incubatorId));
  if (!incubator) throw new InvalidField('incubator', 'services.error.incubator');
  const isOfficial = await tx.select({ id: roleAssignments.id }).from(roleAssignments)
    .where(and(eq(roleAssignments.personId, input.leadPersonId), eq(roleAssignments.role, 'official'))).limit(1);
  if (isOfficial.length === 0) throw new InvalidField('lead', 'services.error.lead');
  const sponsorIds = [...new Set(input.sponsorInstitutionIds)];
  if (sponsorIds.length === 0) throw new InvalidField('sponsors', 'services.error.sponsors');
  const known = await tx.select({ id: institutions.id }).from(institutions).where(inArray(institutions.id, sponsorIds));
  if (known.length !== sponsorIds.length) throw new InvalidField('sponsors', 'services.error.sponsors');
  checkPastDay('startedOn', input.firstPhase.startedOn);
  checkPhases('phase', [input.firstPhase]);
  const values = {
    slug: input.slug, title, mission, incubatorId: incubator.id, leadPersonId: input.leadPersonId, leadTitle: (input.leadTitle ?? '').trim(),
    userTypes: input.userTypes ?? [], themes: input.themes ?? [], reach: input.reach ?? 'comunal',
    link: checkUrl('link', input.link), repository: checkUrl('repository', input.repository), contact: (input.contact ?? '').trim() || null,
    accessibility: input.accessibility ?? null, accessibilityUrl: checkUrl('accessibilityUrl', input.accessibilityUrl),
    riskAnalysisUrl: checkUrl('riskAnalysisUrl', input.riskAnalysisUrl),
    grantContractId: input.grantContractId ?? null, proposalId: input.proposalId ?? null, createdBy: actor.id ?? input.leadPersonId,
  };
  const [service] = await tx.insert(servicesServices).values(values).returning({ id: servicesServices.id });
  const id = service!.id;
  await tx.insert(servicesSponsors).values(sponsorIds.map((institutionId) => ({ serviceId: id, institutionId })));
  const team = (input.team ?? []).map((m) => ({ name: m.name.trim(), role: m.role.trim() })).filter((m) => m.name);
  if (team.length) await tx.insert(servicesTeam).values(team.map((m, position) => ({ serviceId: id, ...m, position })));
  await tx.insert(servicesPhases).values({ serviceId: id, phase: input.firstPhase.phase, startedOn: input.firstPhase.startedOn, note: input.firstPhase.note ?? '', recordedBy: actor.id });
  await appendAudit(tx, {
    actor, institutionId: incubator.institutionId, action: 'services.service.register', resourceType: 'service', resourceId: id,
    summary: { slug: input.slug, title, phase: input.firstPhase.phase, startedOn: input.firstPhase.startedOn }, public: true,
  });
  return { id, slug: input.slug };
}
