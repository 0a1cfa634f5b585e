// Factories for OCDS tests: a framework call taken through the real lifecycle (publication, opening, award, a contract
// with a milestone and a payment) and a call-off under it, with suppliers of every kind — a company, a cooperative and
// a joint venture without a RUT of its own whose members include a natural person. Contract and call-off rows are
// written directly (the contracts area's commands are not needed to test what is published about them); every step
// goes through recordProcessEvent, so the releases are the real ones.
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { computeDv } from '../../../core/identity/run.js';
import {
  procurementCallOffs, procurementContracts, procurementMilestones, procurementPayments, procurementSupplierMembers,
} from '../schema.js';
import { awardLot, createOpenedBid, createTestCall, createTestSupplier } from '../test-support.js';
import { ocidForCallOff } from '../process/ocid.js';
import { recordProcessEvent } from '../process/commands/record-event.js';

const ACTOR = { id: null, label: 'test' };
/** A valid normalised RUT for a number (modulo 11). */
export const rutOf = (n: number) => `${n}-${computeDv(n)}`;
/** The joint venture's member who is a natural person: their RUT (a RUN) must never be published. */
export const NATURAL_PERSON_RUT = rutOf(12_345_678);

export async function createJointVenture(t: TestApp) {
  const jv = await createTestSupplier(t, { kind: 'joint_venture', size: 'micro', legalName: 'UTP Sur Digital' });
  await t.database.db.insert(procurementSupplierMembers).values([
    { supplierId: jv.id, rut: rutOf(76_543_210), name: 'Cooperativa Sur Limitada', kind: 'cooperative', size: 'small', comunaCode: '09101' },
    { supplierId: jv.id, rut: NATURAL_PERSON_RUT, name: 'Ana Pérez', kind: 'company', size: 'micro', comunaCode: '09101', naturalPerson: true },
  ]);
  return jv;
}

/** Records one step of a process in its own transaction. */
export const step = (t: TestApp, input: Omit<Parameters<typeof recordProcessEvent>[1], 'actor' | 'author'> & { author?: 'official' | 'system' }) =>
  t.database.db.transaction((tx) => recordProcessEvent(tx, { author: 'official', actor: ACTOR, ...input }));

/**
 * The whole story: a framework call with two lots; lot 1 gets three bids and is awarded to two of them (multi-award),
 * a contract is signed with a milestone met and a payment; lot 2 is left open; a call-off is placed under lot 1.
 */
export async function createPublishedStory(t: TestApp, institution = 'temuco') {
  const call = await createTestCall(t, { institution, maxLotsBid: 2, maxLotsWon: 1 });
  const company = await createTestSupplier(t, { rut: rutOf(76_111_222), legalName: 'Datos Araucanía SpA', size: 'medium' });
  const coop = await createTestSupplier(t, { rut: rutOf(65_432_100), legalName: 'Cooperativa Código Sur', kind: 'cooperative', size: 'small' });
  const jv = await createJointVenture(t);
  const [lot1] = call.lots;
  const bids = [
    { bidId: await createOpenedBid(t, lot1!.id, coop, 30_000_000), supplierId: coop.id, amount: 30_000_000 },
    { bidId: await createOpenedBid(t, lot1!.id, jv, 32_000_000), supplierId: jv.id, amount: 32_000_000 },
    { bidId: await createOpenedBid(t, lot1!.id, company, 45_000_000), supplierId: company.id, amount: 45_000_000 },
  ];
  const [awardId] = await awardLot(t, call, lot1!.id, bids.slice(0, 2));
  const contractId = await t.database.db.transaction(async (tx) => {
    const [c] = await tx.insert(procurementContracts).values({
      ocid: call.ocid, callId: call.id, lotId: lot1!.id, awardId: awardId!, supplierId: coop.id, title: 'Contrato lote 1', amount: 30_000_000,
      periodStart: '2030-02-01', periodEnd: '2030-12-31', signedAt: new Date(),
    }).returning({ id: procurementContracts.id });
    return c!.id;
  });
  await step(t, { callId: call.id, lotId: lot1!.id, kind: 'contract_signed', data: { contractId } });
  const [m] = await t.database.db.insert(procurementMilestones).values({ contractId, title: 'Primera entrega', dueOn: '2030-04-30', amount: 10_000_000, state: 'met', metOn: '2030-04-20' })
    .returning({ id: procurementMilestones.id });
  await step(t, { callId: call.id, lotId: lot1!.id, kind: 'milestone_met', data: { contractId, milestoneId: m!.id } });
  const [p] = await t.database.db.insert(procurementPayments).values({ contractId, milestoneId: m!.id, amount: 10_000_000, paidOn: '2030-05-05' })
    .returning({ id: procurementPayments.id });
  await step(t, { callId: call.id, lotId: lot1!.id, kind: 'payment_recorded', data: { contractId, paymentId: p!.id } });
  const callOff = await createCallOff(t, call, lot1!.id, jv.id);
  return { call, company, coop, jv, bids, contractId, callOff };
}

/** A call-off placed directly with `supplierId` under the agreement's lot, with its contract signed. */
export async function createCallOff(t: TestApp, call: { id: number; ocid: string; institutionId: number }, lotId: number, supplierId: number) {
  const ocid = ocidForCallOff(call.ocid, 1);
  const [row] = await t.database.db.insert(procurementCallOffs).values({
    institutionId: call.institutionId, callId: call.id, lotId, ocid, title: 'Orden de compra: portal de trámites', method: 'direct',
    maxAmount: 8_000_000, state: 'competition',
  }).returning({ id: procurementCallOffs.id });
  await step(t, { callId: call.id, callOffId: row!.id, kind: 'call_off_started', data: { callOffId: row!.id } });
  await t.database.db.update(procurementCallOffs).set({ supplierId }).where(eq(procurementCallOffs.id, row!.id));
  await step(t, { callId: call.id, callOffId: row!.id, kind: 'call_off_awarded', data: { callOffId: row!.id, supplierId, amount: 7_500_000 } });
  const [c] = await t.database.db.insert(procurementContracts).values({
    ocid, callId: call.id, lotId, callOffId: row!.id, supplierId, title: 'Orden de compra 1', amount: 7_500_000,
    periodStart: '2030-03-01', periodEnd: '2030-06-30', signedAt: new Date(),
  }).returning({ id: procurementContracts.id });
  await step(t, { callId: call.id, callOffId: row!.id, kind: 'contract_signed', data: { contractId: c!.id } });
  return { id: row!.id, ocid };
}
