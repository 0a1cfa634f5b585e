// Exact non-negative fractions over bigint: every comparison that decides a tally is exact, so the outcome is the
// same on every machine and never flips on rounding. Floating point appears only in what is shown (toNumber).

export interface Fraction {
  num: bigint;
  /** Always > 0. */
  den: bigint;
}

export const abs = (x: bigint) => (x < 0n ? -x : x);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function reduce(num: bigint, den: bigint): Fraction {
  const g = gcd(num, den) || 1n;
  return den < 0n ? { num: -num / g, den: -den / g } : { num: num / g, den: den / g };
}

/** For display only: keeps ~60 significant bits, so huge exact denominators still give a finite number. */
export function toNumber(f: Fraction): number {
  const extra = BigInt(Math.max(0, f.den.toString(2).length - 60, f.num.toString(2).length - 900));
  return Number(f.num >> extra) / Number(f.den >> extra);
}

export const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
