// First-order sensitivity indices from the Monte-Carlo sample itself (Saltelli et al., Global Sensitivity Analysis: The
// Primer, 2008; as the JRC's COIN audits report them): for a factor X and a municipality's rank R,
// S = Var(E[R | X]) / Var(R) — the share of the rank's variance that X explains alone. E[R | X] is the mean rank of the
// runs sharing X's choice (normalisation, imputation, aggregation), or, for a continuous weight, of the runs in the same
// bin of equal count. S is averaged over the municipalities whose rank varies at all. With B bins and N runs a factor
// with no effect still shows about (B − 1)/N by chance: ~0.01 for ten bins and 1,000 runs.

/** Bin labels (0..bins−1) of equal count for the runs ordered by `values`. */
export function equalCountBins(values: Float64Array, bins: number): Uint8Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b);
  const labels = new Uint8Array(values.length);
  order.forEach((run, k) => { labels[run] = Math.floor((k * bins) / values.length); });
  return labels;
}

/** The ranks of the runs, unit by unit (unit j's run r at j·runs + r), with each unit's mean and variance over the runs. */
export interface RankSample { ranks: Int32Array; runs: number; units: number; means: Float64Array; variances: Float64Array }

export function describeSample(ranks: Int32Array, runs: number, units: number): RankSample {
  const means = new Float64Array(units);
  const variances = new Float64Array(units);
  for (let j = 0; j < units; j++) {
    let sum = 0;
    for (let r = j * runs; r < (j + 1) * runs; r++) sum += ranks[r]!;
    const m = sum / runs;
    let ss = 0;
    for (let r = j * runs; r < (j + 1) * runs; r++) ss += (ranks[r]! - m) ** 2;
    means[j] = m;
    variances[j] = ss / runs;
  }
  return { ranks, runs, units, means, variances };
}

/** Mean over units of Var(E[rank | label]) / Var(rank); units whose rank never changes are left out (0 when none changes). */
export function firstOrderIndex(s: RankSample, labels: Uint8Array, levels: number): number {
  const sums = new Float64Array(levels);
  const counts = new Float64Array(levels);
  for (let r = 0; r < s.runs; r++) counts[labels[r]!] += 1;
  let total = 0;
  let varying = 0;
  for (let j = 0; j < s.units; j++) {
    const v = s.variances[j]!;
    if (!(v > 1e-12)) continue;
    sums.fill(0);
    const offset = j * s.runs;
    for (let r = 0; r < s.runs; r++) sums[labels[r]!] += s.ranks[offset + r]!;
    let between = 0;
    for (let g = 0; g < levels; g++) if (counts[g]! > 0) between += (counts[g]! / s.runs) * (sums[g]! / counts[g]! - s.means[j]!) ** 2;
    total += Math.min(1, between / v);
    varying += 1;
  }
  return varying === 0 ? 0 : total / varying;
}
