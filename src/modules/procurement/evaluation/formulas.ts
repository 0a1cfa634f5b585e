// The criteria scored by formula rather than by evaluators (calls/schema.ts FORMULA_CRITERIA): price, local anchorage
// and SME. Each gives 0–100 with 2 decimals; the report publishes these rules next to the scores, so any bidder can
// recompute its own. Arithmetic is exact (integers, BigInt where pesos times 10,000 could pass 2^53): a float such as
// 1.005 would round the wrong way and move a rank.
import type { InstitutionKind } from '../../../core/tenancy/schema.js';
import type { SupplierKind, SupplierSize } from '../suppliers/schema.js';
import { isLocalSupplier } from '../suppliers/anchorage.js';

/** a ÷ b rounded half up (a, b ≥ 0, b > 0). */
const divideHalfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

/** A score in hundredths (integer) as a number with 2 decimals: 8333 → 83.33. */
export const fromHundredths = (h: number | bigint): number => Number(h) / 100;
export const toHundredths = (score: number): number => Math.round(score * 100);

/**
 * Price: lowest admissible price ÷ this bid's price × 100, rounded half up to 2 decimals. The cheapest admissible bid
 * gets 100 and the others in proportion (a bid twice as dear gets 50). A price at or below the lowest gets 100: a
 * free offer (0) never divides by zero, and an inadmissible bid cheaper than every admissible one is shown at 100, not
 * above the scale.
 */
export function scorePrice(lowestAdmissiblePrice: number, price: number): number {
  if (price <= lowestAdmissiblePrice) return 100;
  return fromHundredths(divideHalfUp(BigInt(lowestAdmissiblePrice) * 10_000n, BigInt(price)));
}

/** Who buys: the institution's territory, as suppliers/anchorage.ts reads it. */
export interface Buyer { kind: InstitutionKind; cutCode: string | null; regionCode: string | null }

/** What the formulas read of a supplier; a joint venture (unión temporal) also lists its members. */
export interface ScoredSupplier {
  kind: SupplierKind;
  size: SupplierSize;
  comunaCode: string;
  members?: Array<{ size: SupplierSize; comunaCode: string }>;
}

/**
 * Local anchorage of one comuna: 100 when it is the buyer municipality's comuna, 50 in the same region, 0 otherwise.
 * A regional government governs its whole region, so for it the region is the locality: 100 anywhere in it. A
 * national body has no locality: 0 for everyone, which leaves the ranking unchanged.
 */
function scoreComuna(comunaCode: string, buyer: Buyer): number {
  const anchorage = isLocalSupplier(comunaCode, buyer);
  if (anchorage === 'comuna') return 100;
  if (anchorage === 'region') return buyer.kind === 'regional_government' ? 100 : 50;
  return 0;
}

/**
 * A joint venture is as local as its most local member (or its own registered comuna): the issue asks that ventures
 * "with local roots" win, and a venture with a local member brings work to that place.
 */
export function scoreLocal(supplier: ScoredSupplier, buyer: Buyer): number {
  const comunas = [supplier.comunaCode, ...(supplier.kind === 'joint_venture' ? (supplier.members ?? []).map((m) => m.comunaCode) : [])];
  return Math.max(...comunas.map((c) => scoreComuna(c, buyer)));
}

/**
 * Ley 20.416 art. 2 sizes firms by yearly sales (micro ≤ 2,400 UF, small ≤ 25,000, medium ≤ 100,000): micro and small
 * get 100, medium 50, large 0. A cooperative or an association is scored by its declared size like any other
 * supplier: the law sizes by sales, whatever the legal form, and a call that wants to favour cooperatives can weigh a
 * criterion of its own ('other') rather than bend this one.
 */
const SME_SCORES: Record<SupplierSize, number> = { micro: 100, small: 100, medium: 50, large: 0 };

/**
 * A joint venture scores as its largest member (it is an SME only if all its members are), so a large firm cannot
 * take the SME points by partnering with a micro one. With no members listed, its own declared size counts.
 */
export function scoreSme(supplier: ScoredSupplier): number {
  const members = supplier.kind === 'joint_venture' ? supplier.members ?? [] : [];
  if (members.length === 0) return SME_SCORES[supplier.size];
  return Math.min(...members.map((m) => SME_SCORES[m.size]));
}

/** The mean of evaluators' scores for one criterion of one bid, rounded half up to 2 decimals. */
export function meanScore(scores: readonly number[]): number {
  if (scores.length === 0) throw new RangeError('no scores');
  const sum = scores.reduce((s, x) => s + toHundredths(x), 0);
  return fromHundredths(divideHalfUp(BigInt(sum), BigInt(scores.length)));
}

/** Σ weight × score ÷ 100 over the criteria (weights in percent summing to 100), rounded half up to 3 decimals. */
export function weightedTotal(parts: ReadonlyArray<{ weight: number; score: number }>): number {
  // weight × score(hundredths) ÷ 100 is in hundredths; ÷ 10 more gives thousandths.
  const tenThousandths = parts.reduce((s, p) => s + BigInt(p.weight) * BigInt(toHundredths(p.score)), 0n);
  return Number(divideHalfUp(tenThousandths, 10n)) / 1000;
}
