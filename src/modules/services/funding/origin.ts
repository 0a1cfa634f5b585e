// Where a graduated service comes from (issue 10 point 6): the grant agreement or the accepted proposal, read through
// procurement's and participation's indexes, with the public page of each, so the link is kept both ways.
import type { DbOrTx } from '../../../core/db/client.js';
import { findContractsForServices } from '../../procurement/index.js';
import { findProposalsForServices } from '../../participation/index.js';
import type { ServiceRow } from '../registry/queries.js';

export interface ServiceOrigin { kind: 'grant' | 'proposal'; id: number; title: string; institutionName: string; path: string }

export const contractPath = (id: number) => `/compras/contratos/${id}`;
export const proposalPath = (id: number) => `/participacion/propuestas/${id}`;

export async function findServiceOrigin(db: DbOrTx, service: Pick<ServiceRow, 'grantContractId' | 'proposalId'>): Promise<ServiceOrigin | null> {
  if (service.grantContractId !== null) {
    const [c] = await findContractsForServices(db, { ids: [service.grantContractId] });
    if (c) return { kind: 'grant', id: c.id, title: c.title, institutionName: c.institutionName, path: contractPath(c.id) };
  }
  if (service.proposalId !== null) {
    const [p] = await findProposalsForServices(db, { ids: [service.proposalId] });
    if (p) return { kind: 'proposal', id: p.id, title: p.title, institutionName: p.institutionName, path: proposalPath(p.id) };
  }
  return null;
}
