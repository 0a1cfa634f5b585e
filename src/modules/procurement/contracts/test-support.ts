// Factories for contract and call-off tests: a call whose first lot is awarded (after its standstill) to suppliers
// with a representative each, through the shared factories (createTestCall, createOpenedBid, awardLot).
import type { TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { awardLot, createOpenedBid, createTestCall, createTestSupplier, type TestCallInput, type TestSupplier } from '../test-support.js';

export const TEST_OFFICIAL = { id: null, label: 'test' };

export type AwardedCall = Awaited<ReturnType<typeof createTestCall>> & { lotId: number; suppliers: TestSupplier[]; awardIds: number[]; prices: number[] };

/**
 * A call (framework by default) whose lot 1 is awarded to `prices.length` suppliers bidding those prices (rank order);
 * lot 2 stays open. `confirm: false` leaves lot 1 in its standstill.
 */
export async function createAwardedCall(t: TestApp, o: { prices?: number[]; confirm?: boolean } & TestCallInput = {}): Promise<AwardedCall> {
  const prices = o.prices ?? [30_000_000, 35_000_000];
  const call = await createTestCall(t, { lots: [{ admitCount: Math.max(2, prices.length) }, {}], ...o });
  const lotId = call.lots[0]!.id;
  const suppliers: TestSupplier[] = [];
  const winners = [];
  for (const price of prices) {
    const supplier = await createTestSupplier(t);
    suppliers.push(supplier);
    winners.push({ bidId: await createOpenedBid(t, lotId, supplier, price), supplierId: supplier.id, amount: price });
  }
  const awardIds = await awardLot(t, call, lotId, winners, o.confirm ?? true);
  return { ...call, lotId, suppliers, awardIds, prices };
}

/** Headers of an API call with a bearer token, or none. */
export const bearerOf = (token: string | null) => (token ? { authorization: `Bearer ${token}` } : {});

export async function tokenOf(t: TestApp, kind: ActorKind): Promise<string | null> {
  const b = await ACTORS[kind](t);
  return b ? apiTokenFor(t, b.personId) : null;
}

export const api = (t: TestApp, method: 'GET' | 'POST', url: string, token: string | null, payload?: object) =>
  t.app.inject({ method, url, headers: bearerOf(token), ...(payload ? { payload } : {}) });
