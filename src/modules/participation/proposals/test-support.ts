// Factories for proposal tests: residents with API tokens (email-confirmed or identity-verified), a proposal written
// through the API, and a process's settings set directly.
import type { TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn } from '../../../test-support/people.js';
import { bearer, verifiedVoter, type Voter } from '../votes/test-support.js';
import { participationProposalSettings } from './schema.js';

export { bearer, verifiedVoter as verifiedResident };

export async function resident(t: TestApp): Promise<Voter> {
  const b = await signedIn(t);
  return { personId: b.personId, token: await apiTokenFor(t, b.personId) };
}

let n = 0;
export const proposalPayload = (processId: number, extra: Record<string, unknown> = {}) => ({
  process: processId, title: `Más luminarias en la plaza ${++n}`, body: 'Las calles alrededor de la plaza quedan a oscuras desde las siete de la tarde en invierno.',
  category: 'public_spaces', ...extra,
});

export async function writeProposal(t: TestApp, token: string, processId: number, extra: Record<string, unknown> = {}): Promise<{ id: number; state: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/proposals', headers: bearer(token), payload: proposalPayload(processId, extra) });
  if (res.statusCode !== 201) throw new Error(`proposal not created: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function setThreshold(t: TestApp, process: { id: number; institutionId: number }, supportThreshold: number) {
  await t.database.db.insert(participationProposalSettings).values({ processId: process.id, institutionId: process.institutionId, supportThreshold })
    .onConflictDoUpdate({ target: participationProposalSettings.processId, set: { supportThreshold } });
}

export const support = (t: TestApp, id: number, who: Voter, method: 'PUT' | 'DELETE' = 'PUT') =>
  t.app.inject({ method, url: `/api/v1/participation/proposals/${id}/support`, headers: bearer(who.token) });
