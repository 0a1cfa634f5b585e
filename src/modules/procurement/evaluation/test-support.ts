// Factories for evaluation tests: a call whose lots are opened with bids (the shared factories' opened bids, then the
// real 'bids_opened' step), evaluators appointed and declared through the real commands, and scores given by them.
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { signedIn, type Browser } from '../../../test-support/people.js';
import { closeBidding, createOpenedBid, createTestCall, createTestSupplier, type TestCallInput, type TestSupplier } from '../test-support.js';
import { recordProcessEvent } from '../process/commands/record-event.js';
import { procurementBids } from '../schema.js';
import { isManual } from './lot-ranking.js';
import { appointEvaluator } from './commands/appoint-evaluator.js';
import { declareInterests } from './commands/declare-interests.js';
import { scoreBid } from './commands/score-bid.js';

const TEST_ACTOR = { id: null, label: 'test' };
export type TestCall = Awaited<ReturnType<typeof createTestCall>>;

/** Records the opening of a lot whose bids were made with createOpenedBid (its deadline moved into the past first). */
export async function openLot(t: TestApp, call: { id: number }, lotId: number) {
  const bids = await t.database.db.select({ id: procurementBids.id }).from(procurementBids).where(eq(procurementBids.lotId, lotId));
  await t.database.db.transaction((tx) => recordProcessEvent(tx, {
    callId: call.id, lotId, kind: 'bids_opened', data: { bids: bids.length }, author: 'system', actor: TEST_ACTOR,
  }));
}

/**
 * A published call with `prices[lot]` bids (one supplier each, made first so they bid in order), its lots closed and
 * opened. Suppliers can be given (to bid in several lots); otherwise each bid gets a fresh one.
 */
export async function createEvaluatedCall(t: TestApp, input: TestCallInput & { prices: number[][]; suppliers?: TestSupplier[][] }) {
  const call = await createTestCall(t, input);
  const bids: Array<Array<{ bidId: number; supplier: TestSupplier }>> = [];
  for (const [i, prices] of input.prices.entries()) {
    const lot = call.lots[i]!;
    await closeBidding(t, lot.id);
    const row = [];
    for (const [j, price] of prices.entries()) {
      const supplier = input.suppliers?.[i]?.[j] ?? await createTestSupplier(t);
      row.push({ bidId: await createOpenedBid(t, lot.id, supplier, price, {}), supplier });
    }
    bids.push(row);
    await openLot(t, call, lot.id);
  }
  return { call, bids };
}

/** An official of Temuco (no procurement permission needed) appointed evaluator of the call, declared unless told not to. */
export async function createTestEvaluator(t: TestApp, callId: number, opts: { declare?: boolean; conflicts?: number[]; who?: Browser } = {}) {
  const who = opts.who ?? await signedIn(t, 'official', 'temuco', ['participation']);
  const evaluatorId = await t.database.db.transaction((tx) => appointEvaluator(tx, { callId, personId: who.personId, actor: TEST_ACTOR }));
  if (opts.declare !== false) {
    await t.database.db.transaction((tx) => declareInterests(tx, {
      callId, personId: who.personId, conflictSupplierIds: opts.conflicts ?? [], declaration: 'Declaro…', actor: TEST_ACTOR,
    }));
  }
  return { who, evaluatorId };
}

/** The evaluator scores a bid on every evaluated criterion of the call: `byKind` per criterion kind (technical, team …). */
export async function scoreAll(t: TestApp, call: TestCall, personId: number, bidId: number, byKind: Partial<Record<string, number>>) {
  const scores = call.criteria.filter(isManual).map((c) => ({ criterionId: c.id, score: byKind[c.kind] ?? 50, reason: `Puntaje de ${c.kind}` }));
  await t.database.db.transaction((tx) => scoreBid(tx, { bidId, personId, scores, actor: TEST_ACTOR }));
}
