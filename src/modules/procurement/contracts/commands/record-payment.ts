// Recording a payment made under a contract (OCDS implementation.transactions). Together the payments never exceed the
// contract's amount. A payment on a budget line (its own, else the contract's, else the lot's) is also budget execution:
// the budget module records it in the institution's procurement-payments dataset of the year, where the technology
// lens sees it (budget/procurement-execution.ts). Both writes share the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { conflict, InvalidField } from '../../../../core/http/errors.js';
import { toDayNumber, toSantiagoDate } from '../../../../core/calendar/calendar-date.js';
import { recordProcurementPayment } from '../../../budget/index.js';
import { procurementMilestones as milestones, procurementPayments as payments } from '../../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { checkBudgetLine, checkPastDay, lockContract } from '../guards.js';
import { checkExecutable } from './milestones.js';

export type RecordPaymentInput = { contractId: number; amount: number; paidOn: string; milestoneId?: number | null; budgetLine?: string | null };

export async function recordPayment(tx: Tx, input: RecordPaymentInput, actor: AuditActor, at = new Date()): Promise<number> {
  const locked = await lockContract(tx, input.contractId);
  const { call, contract, lot } = locked;
  checkExecutable(locked, true);
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new InvalidField('amount', 'procurement.contracts.error.amount');
  const [{ paid }] = await tx.select({ paid: sql<string>`coalesce(sum(${payments.amount}), 0)::text` }).from(payments).where(eq(payments.contractId, contract.id));
  if (Number(paid) + input.amount > contract.amount) throw conflict('procurement.contracts.error.paymentOverAmount');
  const paidDay = checkPastDay('paidOn', input.paidOn, at);
  if (paidDay < toDayNumber(toSantiagoDate(contract.signedAt))) throw new InvalidField('paidOn', 'procurement.contracts.error.paidBeforeSigning');
  if (input.milestoneId) {
    const [m] = await tx.select({ state: milestones.state }).from(milestones)
      .where(and(eq(milestones.id, input.milestoneId), eq(milestones.contractId, contract.id)));
    if (!m) throw new InvalidField('milestoneId', 'procurement.contracts.error.milestoneNotFound');
    // What falls due on a milestone is paid once it is met.
    if (m.state !== 'met') throw new InvalidField('milestoneId', 'procurement.contracts.error.milestoneNotMet');
  }
  const budgetLine = checkBudgetLine('budgetLine', input.budgetLine) ?? contract.budgetLine ?? lot.budgetLine;

  const [row] = await tx.insert(payments).values({
    contractId: contract.id, milestoneId: input.milestoneId ?? null, amount: input.amount, paidOn: input.paidOn, budgetLine, recordedAt: at,
  }).returning({ id: payments.id });
  if (budgetLine) {
    const [year, month] = input.paidOn.split('-').map(Number) as [number, number];
    await recordProcurementPayment(tx, {
      institutionId: call.institutionId, year, month, budgetLine, amount: input.amount,
      reference: { ocid: contract.ocid, contractId: contract.id, paymentId: row!.id },
    }, actor);
  }
  await recordProcessEvent(tx, {
    callId: call.id, ...(contract.callOffId !== null ? { callOffId: contract.callOffId } : {}), lotId: lot.id,
    kind: 'payment_recorded', data: { contractId: contract.id, paymentId: row!.id }, author: 'official', actor, at,
  });
  return row!.id;
}
