// Milestones (hitos) of a contract: planned by an official (a command with its own audit row: a plan is not a step of
// the process), then met (a public step, OCDS 'implementation'). A milestone's amount is what falls due when it is met;
// together they never exceed the contract's amount.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { conflict, InvalidField } from '../../../../core/http/errors.js';
import { procurementMilestones as milestones } from '../../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { checkDay, checkPastDay, lockContract } from '../guards.js';

type Locked = Awaited<ReturnType<typeof lockContract>>;

/** Milestones and payments belong to a contract in force; under a framework agreement, to its call-offs' contracts. */
export function checkExecutable({ call, contract }: Locked, paying = false) {
  // The agreement itself buys nothing: the institution buys through call-offs, each with its own contract, so its
  // execution (and the budget's) is counted once, on them.
  if (call.kind === 'framework' && contract.callOffId === null) throw conflict('procurement.contracts.error.agreementNotExecuted');
  // A terminated contract still pays for what was delivered before (its liquidation); nothing new is met.
  if (contract.state !== 'active' && !(paying && contract.state === 'terminated')) throw conflict('procurement.contracts.error.contractNotActive');
}

export type PlanMilestoneInput = { contractId: number; title: string; dueOn: string; amount?: number | null };

export async function planMilestone(tx: Tx, input: PlanMilestoneInput, actor: AuditActor): Promise<number> {
  const locked = await lockContract(tx, input.contractId);
  checkExecutable(locked);
  checkDay('dueOn', input.dueOn);
  const amount = input.amount ?? null;
  if (amount !== null) {
    if (!Number.isSafeInteger(amount) || amount <= 0) throw new InvalidField('amount', 'procurement.contracts.error.amount');
    const [{ planned }] = await tx.select({ planned: sql<string>`coalesce(sum(${milestones.amount}), 0)::text` }).from(milestones)
      .where(and(eq(milestones.contractId, input.contractId), ne(milestones.state, 'cancelled')));
    if (Number(planned) + amount > locked.contract.amount) throw new InvalidField('amount', 'procurement.contracts.error.milestonesOverAmount');
  }
  const [row] = await tx.insert(milestones).values({ contractId: input.contractId, title: input.title, dueOn: input.dueOn, amount }).returning({ id: milestones.id });
  await appendAudit(tx, {
    actor, institutionId: locked.call.institutionId, action: 'procurement.contract.milestone_planned', resourceType: 'procurement_contract',
    resourceId: String(input.contractId), public: true,
    summary: { ocid: locked.contract.ocid, contractId: input.contractId, milestoneId: row!.id, title: input.title, dueOn: input.dueOn, amount },
  });
  return row!.id;
}

export type MeetMilestoneInput = { contractId: number; milestoneId: number; metOn: string };

export async function meetMilestone(tx: Tx, input: MeetMilestoneInput, actor: AuditActor, at = new Date()): Promise<void> {
  const locked = await lockContract(tx, input.contractId);
  checkExecutable(locked);
  const [milestone] = await tx.select().from(milestones).where(and(eq(milestones.id, input.milestoneId), eq(milestones.contractId, input.contractId)));
  if (!milestone) throw new InvalidField('milestoneId', 'procurement.contracts.error.milestoneNotFound');
  if (milestone.state !== 'scheduled') throw conflict('procurement.contracts.error.milestoneNotScheduled');
  checkPastDay('metOn', input.metOn, at);
  await tx.update(milestones).set({ state: 'met', metOn: input.metOn }).where(eq(milestones.id, milestone.id));
  await recordProcessEvent(tx, {
    callId: locked.call.id, ...(locked.contract.callOffId !== null ? { callOffId: locked.contract.callOffId } : {}), lotId: locked.lot.id,
    kind: 'milestone_met', data: { contractId: input.contractId, milestoneId: milestone.id }, author: 'official', actor, at,
  });
}
