// What may graduate into a service (issue 10 point 6): a grant agreement (a procurement contract of a call of kind
// 'grant', active or completed: the civil-society initiative was funded) or an accepted participation proposal, of
// an institution, each at most once (services_services.grantContractId / proposalId are unique). Read through
// procurement's and participation's indexes.
import { eq, isNotNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { InvalidField } from '../../../core/http/errors.js';
import { findContractsForServices } from '../../procurement/index.js';
import { findProposalsForServices } from '../../participation/index.js';
import { servicesServices } from '../registry/schema.js';
import { contractPath, proposalPath } from '../funding/origin.js';

export type OriginKind = 'grant' | 'proposal';

export interface Graduable {
  kind: OriginKind;
  id: number;
  institutionId: number;
  institutionName: string;
  title: string;
  /** The service's name suggested: a proposal's title, or a contract's after its last ' — ' ("Convenio de transferencia — X": X). */
  suggestedTitle: string;
  /** The proposal's body, or the contract's title: the mission's first draft (the official restates the users' problem). */
  draftMission: string;
  /** Why it cannot graduate, or null. */
  problem: 'notGrant' | 'notAccepted' | 'serviceNeed' | null;
  path: string;
}

/**
 * The contracts and proposals that already became a service, and the services' own needs processes: a need accepted
 * into a service's backlog (engagement/) is work for that service, not a new initiative, so it never graduates.
 */
export async function listGraduatedIds(db: DbOrTx) {
  const rows = await db.select({ grant: servicesServices.grantContractId, proposal: servicesServices.proposalId, needs: servicesServices.needsProcessId })
    .from(servicesServices)
    .where(or(isNotNull(servicesServices.grantContractId), isNotNull(servicesServices.proposalId), isNotNull(servicesServices.needsProcessId)));
  const ids = (pick: (r: (typeof rows)[number]) => number | null) => new Set(rows.flatMap((r) => { const id = pick(r); return id === null ? [] : [id]; }));
  return { grants: ids((r) => r.grant), proposals: ids((r) => r.proposal), needsProcesses: ids((r) => r.needs) };
}

export async function findGraduable(db: DbOrTx, kind: OriginKind, id: number): Promise<Graduable | null> {
  if (kind === 'grant') {
    const [c] = await findContractsForServices(db, { ids: [id] });
    if (!c) return null;
    const eligible = c.callKind === 'grant' && (c.state === 'active' || c.state === 'completed');
    return { kind, id, institutionId: c.institutionId, institutionName: c.institutionName, title: c.title, draftMission: c.title, suggestedTitle: c.title.split(' — ').at(-1)!.trim(), problem: eligible ? null : 'notGrant', path: contractPath(id) };
  }
  const [p] = await findProposalsForServices(db, { ids: [id] });
  if (!p) return null;
  const { needsProcesses } = await listGraduatedIds(db);
  const problem = needsProcesses.has(p.processId) ? 'serviceNeed' : p.state === 'accepted' ? null : 'notAccepted';
  return { kind, id, institutionId: p.institutionId, institutionName: p.institutionName, title: p.title, draftMission: p.body, suggestedTitle: p.title, problem, path: proposalPath(id) };
}

/** The service it already became, or null. */
export async function findGraduatedSlug(db: DbOrTx, origin: Pick<Graduable, 'kind' | 'id'>): Promise<string | null> {
  const [row] = await db.select({ slug: servicesServices.slug }).from(servicesServices)
    .where(origin.kind === 'grant' ? eq(servicesServices.grantContractId, origin.id) : eq(servicesServices.proposalId, origin.id));
  return row?.slug ?? null;
}

/** Refuses (422 on 'origin') what cannot graduate: not a grant, not accepted, a service's own need, or already a service. */
export async function checkGraduable(db: DbOrTx, origin: Graduable): Promise<void> {
  if (origin.problem) throw new InvalidField('origin', `services.funding.error.${origin.problem}`);
  if (await findGraduatedSlug(db, origin)) throw new InvalidField('origin', 'services.funding.error.alreadyGraduated');
}

/** The candidates of some institutions (all: 'all'): eligible and not graduated yet, newest first. */
export async function listCandidates(db: DbOrTx, institutionIds: number[] | 'all') {
  const scope = institutionIds === 'all' ? {} : { institutionIds };
  const [grants, proposals, done] = await Promise.all([
    findContractsForServices(db, { ...scope, grantsOnly: true, limit: 200 }),
    findProposalsForServices(db, { ...scope, acceptedOnly: true, limit: 200 }),
    listGraduatedIds(db),
  ]);
  return {
    grants: grants.filter((g) => !done.grants.has(g.id)),
    proposals: proposals.filter((p) => !done.proposals.has(p.id) && !done.needsProcesses.has(p.processId)),
  };
}
