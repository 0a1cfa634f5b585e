// Linking a procurement contract to the service it funds, and unlinking it. Only a contract of the service's
// sponsors or of its incubator's host institution: they are the ones who answer for the service (../../policy.ts),
// and a service must not borrow another institution's spending. A grant agreement (a call of kind 'grant') also
// points back: its incubatorRef becomes the service's public address, through procurement's own command, which
// checks and audits it, so the contract's page and its OCDS release name the service. Other contracts carry no
// incubatorRef (procurement accepts it only on grants); the link lives in services_contracts.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { findContractsForServices, linkIncubator } from '../../../procurement/index.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { servicesContracts } from '../schema.js';

/** The service's public address, as the contract's incubatorRef holds it. */
export const serviceUrl = (baseUrl: string, slug: string) => `${baseUrl}/servicios/${slug}`;

type Service = Pick<ServiceRecord, 'id' | 'slug' | 'grantContractId' | 'parties'>;

async function findLinkable(tx: Tx, service: Service, contractId: number) {
  const [contract] = await findContractsForServices(tx, { ids: [contractId] });
  if (!contract) throw new InvalidField('contract', 'services.funding.error.contract');
  const { incubatorInstitutionId, sponsorInstitutionIds } = service.parties;
  if (contract.institutionId !== incubatorInstitutionId && !sponsorInstitutionIds.includes(contract.institutionId)) {
    throw new InvalidField('contract', 'services.funding.error.contractInstitution');
  }
  return contract;
}

export async function linkContract(tx: Tx, service: Service, contractId: number, actor: AuditActor, baseUrl: string): Promise<void> {
  const contract = await findLinkable(tx, service, contractId);
  const linked = await tx.select().from(servicesContracts).where(and(eq(servicesContracts.serviceId, service.id), eq(servicesContracts.contractId, contractId)));
  if (linked.length) throw new InvalidField('contract', 'services.funding.error.alreadyLinked');
  await tx.insert(servicesContracts).values({ serviceId: service.id, contractId });
  const url = serviceUrl(baseUrl, service.slug);
  // A grant already pointing at another service of this installation keeps it: one agreement, one initiative.
  const pointsElsewhere = contract.incubatorRef?.startsWith(`${baseUrl}/servicios/`) && contract.incubatorRef !== url;
  if (contract.callKind === 'grant' && !pointsElsewhere) await linkIncubator(tx, { contractId, incubatorRef: url }, actor);
  await appendAudit(tx, {
    actor, institutionId: service.parties.incubatorInstitutionId, action: 'services.contract.link', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, contractId, ocid: contract.ocid }, public: true,
  });
}

/** The grant a service graduated from stays its origin (grantContractId) and keeps pointing back at it. */
export async function unlinkContract(tx: Tx, service: Service, contractId: number, actor: AuditActor, baseUrl: string): Promise<void> {
  const removed = await tx.delete(servicesContracts)
    .where(and(eq(servicesContracts.serviceId, service.id), eq(servicesContracts.contractId, contractId))).returning();
  if (removed.length === 0) throw new InvalidField('contract', 'services.funding.error.notLinked');
  const [contract] = await findContractsForServices(tx, { ids: [contractId] });
  if (contract?.callKind === 'grant' && service.grantContractId !== contractId && contract.incubatorRef === serviceUrl(baseUrl, service.slug)) {
    await linkIncubator(tx, { contractId, incubatorRef: null }, actor);
  }
  await appendAudit(tx, {
    actor, institutionId: service.parties.incubatorInstitutionId, action: 'services.contract.unlink', resourceType: 'service', resourceId: service.id,
    summary: { slug: service.slug, contractId, ocid: contract?.ocid ?? null }, public: true,
  });
}
