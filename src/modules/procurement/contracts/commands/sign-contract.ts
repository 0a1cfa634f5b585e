// Signing a contract: for an active award of an awarded lot (after the standstill), or for a placed call-off. One
// contract per award and per call-off. The step is public (OCDS tag 'contract') and audited by recordProcessEvent.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { conflict, InvalidField, notFound } from '../../../../core/http/errors.js';
import { procurementAwards as awards, procurementCallOffs as callOffs, procurementContracts as contracts, procurementLots as lots } from '../../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { checkBudgetLine, checkDay, checkIncubatorRef, lockCall } from '../guards.js';

export type SignContractInput = {
  /** The award the contract follows (a call's), or the call-off it executes: exactly one. */
  awardId?: number;
  callOffId?: number;
  title: string;
  amount: number;
  periodStart: string;
  periodEnd: string;
  budgetLine?: string | null;
  incubatorRef?: string | null;
};

export async function signContract(tx: Tx, input: SignContractInput, actor: AuditActor, at = new Date()): Promise<number> {
  const target = input.callOffId !== undefined ? await callOffTarget(tx, input.callOffId) : await awardTarget(tx, input.awardId);
  const { call, lot } = target;
  const existing = await tx.select({ id: contracts.id }).from(contracts)
    .where(target.callOffId !== null ? eq(contracts.callOffId, target.callOffId) : eq(contracts.awardId, target.awardId!));
  if (existing.length > 0) throw conflict('procurement.contracts.error.contractExists');
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new InvalidField('amount', 'procurement.contracts.error.amount');
  if (input.amount > target.ceiling) throw new InvalidField('amount', target.ceilingKey);
  const start = checkDay('periodStart', input.periodStart);
  const end = checkDay('periodEnd', input.periodEnd);
  if (end < start) throw new InvalidField('periodEnd', 'procurement.contracts.error.periodOrder');
  // The contract executes the lot as called: its fixed calendar bounds the work (bases, Ley 19.886 art. 10).
  if (start < checkDay('periodStart', lot.deliveryStart) || end > checkDay('periodEnd', lot.deliveryEnd)) {
    throw new InvalidField(start < checkDay('periodStart', lot.deliveryStart) ? 'periodStart' : 'periodEnd', 'procurement.contracts.error.periodOutsideDelivery');
  }
  const budgetLine = checkBudgetLine('budgetLine', input.budgetLine);
  const incubatorRef = checkIncubatorRef(input.incubatorRef);
  if (incubatorRef && call.kind !== 'grant') throw new InvalidField('incubatorRef', 'procurement.contracts.error.incubatorNotGrant');

  const [row] = await tx.insert(contracts).values({
    ocid: target.ocid, callId: call.id, lotId: lot.id, awardId: target.awardId, callOffId: target.callOffId, supplierId: target.supplierId,
    title: input.title, amount: input.amount, periodStart: input.periodStart, periodEnd: input.periodEnd, budgetLine, incubatorRef, signedAt: at,
  }).returning({ id: contracts.id });
  await recordProcessEvent(tx, {
    callId: call.id, ...(target.callOffId !== null ? { callOffId: target.callOffId } : {}), lotId: lot.id, kind: 'contract_signed',
    data: { contractId: row!.id }, author: 'official', actor, at,
  });
  return row!.id;
}

async function awardTarget(tx: Tx, awardId: number | undefined) {
  if (awardId === undefined) throw notFound();
  const [award] = await tx.select().from(awards).where(eq(awards.id, awardId));
  if (!award) throw notFound();
  const [lotRow] = await tx.select({ callId: lots.callId }).from(lots).where(eq(lots.id, award.lotId));
  const call = await lockCall(tx, lotRow!.callId);
  const [lot] = await tx.select().from(lots).where(eq(lots.id, award.lotId));
  // A contract follows a final award: the lot is 'awarded' once its standstill ended (lifecycle.ts award_confirmed).
  if (lot!.state !== 'awarded' || award.state !== 'active') throw conflict('procurement.contracts.error.lotNotAwarded');
  // Under a framework agreement the contract is the agreement with this admitted supplier: what it may be called off
  // for is bounded by the lot's budget, shared by every admitted supplier (call-offs never exceed it together); the
  // awarded price is a bid for the evaluation, not the agreement's value. Any other contract is bounded by its award.
  const framework = call.kind === 'framework';
  return {
    call, lot: lot!, ocid: call.ocid, awardId: award.id, callOffId: null, supplierId: award.supplierId,
    ceiling: framework ? lot!.budgetAmount : award.amount,
    ceilingKey: framework ? 'procurement.contracts.error.amountOverLotBudget' as const : 'procurement.contracts.error.amountOverAward' as const,
  };
}

async function callOffTarget(tx: Tx, callOffId: number) {
  const [head] = await tx.select({ callId: callOffs.callId }).from(callOffs).where(eq(callOffs.id, callOffId));
  if (!head) throw notFound();
  const call = await lockCall(tx, head.callId);
  const [callOff] = await tx.select().from(callOffs).where(and(eq(callOffs.id, callOffId), eq(callOffs.callId, call.id)));
  if (callOff!.state !== 'placed' || callOff!.supplierId === null || callOff!.amount === null) throw conflict('procurement.contracts.error.callOffNotPlaced');
  const [lot] = await tx.select().from(lots).where(eq(lots.id, callOff!.lotId));
  return {
    call, lot: lot!, ocid: callOff!.ocid, awardId: null, callOffId: callOff!.id, supplierId: callOff!.supplierId,
    ceiling: callOff!.amount, ceilingKey: 'procurement.contracts.error.amountOverCallOff' as const,
  };
}
