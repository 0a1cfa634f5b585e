// Factories for procurement tests: suppliers with a representative, and calls with lots and criteria written directly
// (the rows their area's commands would write: these tests are about what comes after), published through the real
// lifecycle (process/commands/record-event.ts), so events and releases are the real ones.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../core/db/client.js';
import type { TestApp } from '../../test-support/app.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { grantRole } from '../../core/auth/commands/grant-role.js';
import { signedIn, type Browser } from '../../test-support/people.js';
import {
  procurementAwards, procurementBids, procurementCalls, procurementCriteria, procurementLots, procurementSupplierRepresentatives, procurementSuppliers,
} from './schema.js';
import type { CallKind, CriterionKind } from './calls/schema.js';
import type { SupplierKind, SupplierSize } from './suppliers/schema.js';
import { ocidForCall } from './process/ocid.js';
import { recordProcessEvent } from './process/commands/record-event.js';

const TEST_ACTOR = { id: null, label: 'test' };
const HOUR = 3600_000;

export type TestSupplier = { id: number; rep: Browser };

/** A supplier (Temuco by default) and a signed-in representative acting for it. */
export async function createTestSupplier(t: TestApp, extra: Partial<{ rut: string; legalName: string; kind: SupplierKind; size: SupplierSize; comunaCode: string }> = {}): Promise<TestSupplier> {
  const rep = await signedIn(t);
  const id = await t.database.db.transaction(async (tx) => {
    const name = extra.legalName ?? `Proveedor ${rep.personId} SpA`;
    const [s] = await tx.insert(procurementSuppliers).values({
      rut: extra.rut ?? null, legalName: name, sortKey: name.toLowerCase(), kind: extra.kind ?? 'company', size: extra.size ?? 'small',
      comunaCode: extra.comunaCode ?? '09101', categories: ['software-development'],
    }).returning({ id: procurementSuppliers.id });
    await tx.insert(procurementSupplierRepresentatives).values({ supplierId: s!.id, personId: rep.personId });
    await grantRole(tx, { personId: rep.personId, role: 'supplier_representative', institutionId: null }, TEST_ACTOR);
    return s!.id;
  });
  return { id, rep };
}

export type TestLot = { budgetAmount?: number; admitCount?: number; bidsUntil?: Date; regionCode?: string | null; category?: string };
export type TestCallInput = {
  institution?: string;
  kind?: CallKind;
  title?: string;
  lots?: TestLot[];
  criteria?: Array<{ kind: CriterionKind; weight: number; minScore?: number }>;
  /** Publish it (the default) or leave it a draft. */
  publish?: boolean;
  maxLotsBid?: number | null;
  maxLotsWon?: number | null;
};

export const DEFAULT_CRITERIA: NonNullable<TestCallInput['criteria']> = [
  { kind: 'price', weight: 40 }, { kind: 'technical', weight: 30, minScore: 50 }, { kind: 'team', weight: 10 },
  { kind: 'local', weight: 10 }, { kind: 'sme', weight: 10 },
];

/** A call of Temuco with its lots (bids open for a day by default) and criteria; published unless publish is false. */
export async function createTestCall(t: TestApp, input: TestCallInput = {}) {
  const institution = await findInstitution(t.database.db, input.institution ?? 'temuco');
  if (!institution) throw new Error('no institution');
  return t.database.db.transaction(async (tx) => {
    const [call] = await tx.insert(procurementCalls).values({
      institutionId: institution.id, ocid: 'pending', kind: input.kind ?? 'framework', title: input.title ?? 'Convenio marco de desarrollo ágil',
      maxLotsBid: input.maxLotsBid ?? null, maxLotsWon: input.maxLotsWon ?? null,
    }).returning({ id: procurementCalls.id });
    const ocid = ocidForCall(t.config.ocidPrefix, institution.slug, call!.id);
    await tx.update(procurementCalls).set({ ocid }).where(eq(procurementCalls.id, call!.id));
    const lots = await insertLots(tx, call!.id, input.lots ?? [{}, {}]);
    const criteria = await tx.insert(procurementCriteria).values((input.criteria ?? DEFAULT_CRITERIA).map((c, i) => ({
      callId: call!.id, kind: c.kind, name: c.kind, weight: c.weight, minScore: c.minScore ?? null, position: i + 1,
    }))).returning({ id: procurementCriteria.id, kind: procurementCriteria.kind });
    await recordProcessEvent(tx, { callId: call!.id, kind: 'drafted', data: {}, author: 'official', actor: TEST_ACTOR });
    if (input.publish !== false) await recordProcessEvent(tx, { callId: call!.id, kind: 'published', data: {}, author: 'official', actor: TEST_ACTOR });
    return { id: call!.id, ocid, institutionId: institution.id, lots, criteria };
  });
}

async function insertLots(tx: Tx, callId: number, lots: TestLot[]) {
  const now = Date.now();
  return tx.insert(procurementLots).values(lots.map((l, i) => ({
    callId, number: i + 1, title: `Lote ${i + 1}`, budgetAmount: l.budgetAmount ?? 50_000_000, regionCode: l.regionCode ?? null,
    category: l.category ?? 'software-development', questionsUntil: new Date((l.bidsUntil?.getTime() ?? now + 24 * HOUR) - 2 * HOUR),
    bidsUntil: l.bidsUntil ?? new Date(now + 24 * HOUR), awardBy: '2030-01-31', deliveryStart: '2030-02-01', deliveryEnd: '2030-12-31',
    admitCount: l.admitCount ?? 2,
  }))).returning({ id: procurementLots.id, number: procurementLots.number, bidsUntil: procurementLots.bidsUntil });
}

/** Moves a lot's deadline into the past (tests of what happens after it), as if the calendar had run. */
export async function closeBidding(t: TestApp, lotId: number, at = new Date(Date.now() - 1000)) {
  await t.database.db.update(procurementLots).set({ bidsUntil: at, questionsUntil: new Date(at.getTime() - HOUR) }).where(eq(procurementLots.id, lotId));
}

/**
 * A bid already opened (price and answers in the clear, as after the deadline): for evaluation and later steps. Its
 * sealed column holds no ciphertext, so these bids can only be used after opening.
 */
export async function createOpenedBid(t: TestApp, lotId: number, supplier: TestSupplier, price: number, answers: Record<string, string> = {}) {
  const [bid] = await t.database.db.insert(procurementBids).values({
    lotId, supplierId: supplier.id, submittedBy: supplier.rep.personId, submittedAt: new Date(Date.now() - 2 * HOUR),
    sealed: Buffer.alloc(0), openedAt: new Date(), price, answers,
  }).returning({ id: procurementBids.id });
  return bid!.id;
}

/**
 * Takes a published lot through opening and award to `winners` (bids of createOpenedBid, in rank order) and, unless
 * confirm is false, past a standstill that already ended: the lot ends 'awarded' with active awards.
 */
export async function awardLot(t: TestApp, call: { id: number }, lotId: number, winners: Array<{ bidId: number; supplierId: number; amount: number }>, confirm = true) {
  await closeBidding(t, lotId, new Date(Date.now() - 3 * HOUR));
  return t.database.db.transaction(async (tx) => {
    await recordProcessEvent(tx, { callId: call.id, lotId, kind: 'bids_opened', data: { bids: winners.length }, author: 'system', actor: TEST_ACTOR });
    const awards = await tx.insert(procurementAwards).values(winners.map((w, i) => ({
      lotId, bidId: w.bidId, supplierId: w.supplierId, rank: i + 1, amount: w.amount, decidedAt: new Date(),
    }))).returning({ id: procurementAwards.id });
    const standstillUntil = new Date(Date.now() - 1000).toISOString();
    await recordProcessEvent(tx, { callId: call.id, lotId, kind: 'awarded', author: 'official', actor: TEST_ACTOR,
      data: { awards: winners.map((w, i) => ({ awardId: awards[i]!.id, ...w, rank: i + 1 })), standstillUntil } });
    if (confirm) {
      await recordProcessEvent(tx, { callId: call.id, lotId, kind: 'award_confirmed', data: {}, author: 'system', actor: TEST_ACTOR });
      await tx.update(procurementAwards).set({ state: 'active' }).where(eq(procurementAwards.lotId, lotId));
    }
    return awards.map((a) => a.id);
  });
}
