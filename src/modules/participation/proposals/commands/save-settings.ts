// An official sets a process's proposal settings: the support threshold and the verification levels to write and
// to support. Audited in public, since they decide which proposals reach evaluation.
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor, type VerificationLevel } from '../../../../core/policy.js';
import { participationProposalSettings as s } from '../schema.js';

export interface SettingsInput { supportThreshold: number; createLevel?: VerificationLevel; supportLevel?: VerificationLevel }

export async function saveSettings(tx: Tx, process: { id: number; institutionId: number }, input: SettingsInput, official: Pick<Actor, 'personId' | 'name'>) {
  const values = { supportThreshold: input.supportThreshold, createLevel: input.createLevel ?? 'email', supportLevel: input.supportLevel ?? 'identity' } as const;
  await tx.insert(s).values({ processId: process.id, institutionId: process.institutionId, ...values })
    .onConflictDoUpdate({ target: s.processId, set: { ...values, updatedAt: new Date() } });
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: process.institutionId, action: 'participation.proposal.settings',
    resourceType: 'participation_process', resourceId: process.id, public: true, summary: values,
  });
  return values;
}
