// Ending a contract early, with its reasons (public: OCDS 'contractTermination'); milestones still scheduled will not
// happen and are cancelled. And linking a grant agreement to the incubator once its initiative graduates (issue 10).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { conflict, InvalidField } from '../../../../core/http/errors.js';
import { procurementContracts as contracts, procurementMilestones as milestones } from '../../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { checkIncubatorRef, lockContract } from '../guards.js';

export async function terminateContract(tx: Tx, input: { contractId: number; reason: string }, actor: AuditActor, at = new Date()): Promise<void> {
  const { call, contract, lot } = await lockContract(tx, input.contractId);
  if (contract.state !== 'active') throw conflict('procurement.contracts.error.contractNotActive');
  await tx.update(contracts).set({ state: 'terminated' }).where(eq(contracts.id, contract.id));
  await tx.update(milestones).set({ state: 'cancelled' }).where(and(eq(milestones.contractId, contract.id), eq(milestones.state, 'scheduled')));
  await recordProcessEvent(tx, {
    callId: call.id, ...(contract.callOffId !== null ? { callOffId: contract.callOffId } : {}), lotId: lot.id,
    kind: 'contract_terminated', data: { contractId: contract.id, reason: input.reason }, author: 'official', actor, at,
  });
}

/** Sets (or clears, with null) a grant agreement's link to its initiative or service in the incubator. */
export async function linkIncubator(tx: Tx, input: { contractId: number; incubatorRef: string | null }, actor: AuditActor): Promise<void> {
  const { call, contract } = await lockContract(tx, input.contractId);
  if (call.kind !== 'grant') throw new InvalidField('incubatorRef', 'procurement.contracts.error.incubatorNotGrant');
  const incubatorRef = checkIncubatorRef(input.incubatorRef);
  await tx.update(contracts).set({ incubatorRef }).where(eq(contracts.id, contract.id));
  await appendAudit(tx, {
    actor, institutionId: call.institutionId, action: 'procurement.contract.incubator', resourceType: 'procurement_contract', resourceId: String(contract.id),
    public: true, summary: { ocid: contract.ocid, contractId: contract.id, incubatorRef },
  });
}
