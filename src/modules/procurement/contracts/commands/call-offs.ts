// Call-offs (órdenes de compra) under a framework agreement: placed on an awarded lot, directly with one admitted
// supplier or by a renewed competition among all of them (Decreto 661/2024 reglamento, convenio marco: "grandes
// compras" ask the admitted suppliers again). Each is its own contracting process with its own ocid, named after the
// agreement's (process/ocid.ts), and its steps go through recordProcessEvent with callOffId. Together the call-offs of
// a lot never exceed its fixed budget: a placed one counts for its amount, one in competition for its maximum.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { conflict, InvalidField, notFound } from '../../../../core/http/errors.js';
import { procurementAwards as awards, procurementCallOffQuotes as quotes, procurementCallOffs as callOffs, procurementLots as lots } from '../../schema.js';
import type { CallOffMethod } from '../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { ocidForCallOff } from '../../process/ocid.js';
import { lockCall } from '../guards.js';

/** The suppliers admitted to a lot of a framework agreement: its active awards. */
export async function admittedSupplierIds(tx: Tx, lotId: number): Promise<number[]> {
  const rows = await tx.select({ id: awards.supplierId }).from(awards).where(and(eq(awards.lotId, lotId), eq(awards.state, 'active'))).orderBy(asc(awards.rank));
  return rows.map((r) => r.id);
}

/** What the lot's call-offs already take from its budget. */
export async function committedOnLot(tx: Tx, lotId: number): Promise<number> {
  const [row] = await tx.select({ sum: sql<string>`coalesce(sum(coalesce(${callOffs.amount}, ${callOffs.maxAmount})), 0)::text` }).from(callOffs)
    .where(and(eq(callOffs.lotId, lotId), ne(callOffs.state, 'cancelled')));
  return Number(row!.sum);
}

export type PlaceCallOffInput = {
  callId: number; lotId: number; title: string; description?: string; method: CallOffMethod; maxAmount: number;
  /** direct: the admitted supplier; the call-off is placed with it at once for maxAmount. */
  supplierId?: number | null;
  /** mini_competition: quotes accepted up to and including this instant. */
  quotesUntil?: Date | null;
};

export async function placeCallOff(tx: Tx, input: PlaceCallOffInput, actor: AuditActor, at = new Date()): Promise<number> {
  const call = await lockCall(tx, input.callId);
  if (call.kind !== 'framework') throw conflict('procurement.contracts.error.notFramework');
  const [lot] = await tx.select().from(lots).where(and(eq(lots.id, input.lotId), eq(lots.callId, call.id)));
  if (!lot) throw new InvalidField('lotId', 'procurement.contracts.error.lotNotFound');
  if (lot.state !== 'awarded') throw conflict('procurement.contracts.error.lotNotAwarded');
  if (!Number.isSafeInteger(input.maxAmount) || input.maxAmount <= 0) throw new InvalidField('maxAmount', 'procurement.contracts.error.amount');
  if (await committedOnLot(tx, lot.id) + input.maxAmount > lot.budgetAmount) throw conflict('procurement.contracts.error.overLotBudget');
  const admitted = await admittedSupplierIds(tx, lot.id);
  if (input.method === 'direct') {
    if (!input.supplierId) throw new InvalidField('supplierId', 'procurement.contracts.error.supplierRequired');
    if (!admitted.includes(input.supplierId)) throw new InvalidField('supplierId', 'procurement.contracts.error.notAdmitted');
  } else {
    if (!input.quotesUntil) throw new InvalidField('quotesUntil', 'procurement.contracts.error.quotesUntilRequired');
    if (input.quotesUntil.getTime() <= at.getTime()) throw new InvalidField('quotesUntil', 'procurement.contracts.error.quotesUntilPast');
    // A competition of one is a direct order under another name.
    if (admitted.length < 2) throw conflict('procurement.contracts.error.fewAdmitted');
  }
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(callOffs).where(eq(callOffs.callId, call.id));
  const [row] = await tx.insert(callOffs).values({
    institutionId: call.institutionId, callId: call.id, lotId: lot.id, ocid: ocidForCallOff(call.ocid, Number(n) + 1), title: input.title,
    description: input.description ?? '', method: input.method, maxAmount: input.maxAmount,
    quotesUntil: input.method === 'mini_competition' ? input.quotesUntil! : null, state: 'competition', createdBy: actor.id, createdAt: at,
  }).returning({ id: callOffs.id });
  const callOffId = row!.id;
  await recordProcessEvent(tx, { callId: call.id, callOffId, lotId: lot.id, kind: 'call_off_started', data: { callOffId }, author: 'official', actor, at });
  if (input.method === 'direct') await placeWith(tx, { callId: call.id, callOffId, lotId: lot.id }, input.supplierId!, input.maxAmount, actor, at);
  return callOffId;
}

async function placeWith(tx: Tx, c: { callId: number; callOffId: number; lotId: number }, supplierId: number, amount: number, actor: AuditActor, at: Date) {
  await tx.update(callOffs).set({ supplierId, amount }).where(eq(callOffs.id, c.callOffId));
  await recordProcessEvent(tx, { ...c, kind: 'call_off_awarded', data: { callOffId: c.callOffId, supplierId, amount }, author: 'official', actor, at });
}

/** A call-off with its call locked. */
export async function lockCallOff(tx: Tx, callOffId: number) {
  const [head] = await tx.select({ callId: callOffs.callId }).from(callOffs).where(eq(callOffs.id, callOffId));
  if (!head) throw notFound();
  await lockCall(tx, head.callId);
  const [callOff] = await tx.select().from(callOffs).where(eq(callOffs.id, callOffId));
  return callOff!;
}

/**
 * Awards a renewed competition after quotesUntil: the lowest quote wins; between equal quotes, the one made first
 * (then the lower id, which the database gave in order). Without quotes the call-off can only be cancelled.
 */
export async function awardCallOff(tx: Tx, input: { callOffId: number }, actor: AuditActor, at = new Date()): Promise<{ supplierId: number; amount: number }> {
  const callOff = await lockCallOff(tx, input.callOffId);
  if (callOff.state !== 'competition') throw conflict('procurement.contracts.error.notInCompetition');
  if (at.getTime() <= callOff.quotesUntil!.getTime()) throw conflict('procurement.contracts.error.competitionRunning');
  const [best] = await tx.select().from(quotes).where(eq(quotes.callOffId, callOff.id))
    .orderBy(asc(quotes.amount), asc(quotes.submittedAt), asc(quotes.id)).limit(1);
  if (!best) throw conflict('procurement.contracts.error.noQuotes');
  await placeWith(tx, { callId: callOff.callId, callOffId: callOff.id, lotId: callOff.lotId }, best.supplierId, best.amount, actor, at);
  return { supplierId: best.supplierId, amount: best.amount };
}

export async function cancelCallOff(tx: Tx, input: { callOffId: number; reason: string }, actor: AuditActor, at = new Date()): Promise<void> {
  const callOff = await lockCallOff(tx, input.callOffId);
  if (callOff.state !== 'competition') throw conflict('procurement.contracts.error.notInCompetition');
  await recordProcessEvent(tx, {
    callId: callOff.callId, callOffId: callOff.id, lotId: callOff.lotId, kind: 'call_off_cancelled', data: { callOffId: callOff.id, reason: input.reason },
    author: 'official', actor, at,
  });
}
