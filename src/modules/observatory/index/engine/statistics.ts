// Descriptive statistics the method needs, on finite numbers only (missing values are dropped before these are called).
// Skewness and kurtosis are the bias-adjusted sample estimators G1 and G2 (the ones spreadsheet SKEW and KURT give),
// so a reader can check an indicator's figures with a spreadsheet.

export function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return xs.length === 0 ? 0 : sum / xs.length;
}

/** Sample standard deviation (n − 1); 0 for fewer than two values. */
export function standardDeviation(xs: ArrayLike<number>): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i]! - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/** Population variance (n), the one a variance decomposition adds up. */
export function variance(xs: ArrayLike<number>): number {
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i]! - m) ** 2;
  return xs.length === 0 ? 0 : ss / xs.length;
}

/** G1 = n/((n−1)(n−2)) Σ((x−m)/s)³; null with fewer than 3 values or no spread. */
export function skewness(xs: ArrayLike<number>): number | null {
  const n = xs.length;
  const s = standardDeviation(xs);
  if (n < 3 || s === 0) return null;
  const m = mean(xs);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((xs[i]! - m) / s) ** 3;
  return (n / ((n - 1) * (n - 2))) * sum;
}

/** Excess kurtosis G2 = n(n+1)/((n−1)(n−2)(n−3)) Σ((x−m)/s)⁴ − 3(n−1)²/((n−2)(n−3)); null with fewer than 4 values or no spread. */
export function excessKurtosis(xs: ArrayLike<number>): number | null {
  const n = xs.length;
  const s = standardDeviation(xs);
  if (n < 4 || s === 0) return null;
  const m = mean(xs);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((xs[i]! - m) / s) ** 4;
  return (n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3)) * sum - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}

/** The p-quantile (0–1) of ascending values, interpolated between order statistics (Hyndman & Fan type 7, R's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}
