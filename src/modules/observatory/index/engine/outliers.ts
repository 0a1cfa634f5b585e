// Outlier treatment, per indicator and year, as the JRC's COIN audits practise it (OECD/JRC Handbook, 2008, step 3;
// COINr's Treat): while the observed values are both skewed (|G1| > skew) and heavy-tailed (G2 > kurtosis), the most
// extreme value on the skewed side is pulled in to the next value below it (winsorised), one at a time, at most
// `maxWinsorised` values. If that does not bring the distribution within bounds, winsorising is undone and the indicator
// is log-transformed instead: ln(x − min + 0.01·range) for positive skew, mirrored for negative skew — the transform of
// the JRC's COIN Tool, which keeps the order of the municipalities and needs no positive values.
// The treatment is fitted on the year's observed values (so the imputation rule cannot change it) and then applied to
// every value of that indicator, imputed ones included.
import type { MethodSpec } from '../method.js';
import { excessKurtosis, skewness } from './statistics.js';

export interface Treatment {
  kind: 'none' | 'winsorised' | 'log';
  /** Limits after winsorising (the observed minimum and maximum when nothing was winsorised). */
  low: number;
  high: number;
  /** Observed minimum and maximum before treatment: the log transform's origin. */
  min: number;
  max: number;
  /** Side of the skew the log transform straightens: 1 positive, −1 negative. */
  side: 1 | -1;
  winsorised: number;
  /** Of the observed values before treatment (null when too few or no spread). */
  skewness: number | null;
  kurtosis: number | null;
}

const beyond = (s: number | null, k: number | null, rule: MethodSpec['outliers']) =>
  s !== null && k !== null && Math.abs(s) > rule.skew && k > rule.kurtosis;

/** Decides the treatment of an indicator from its observed values (finite, at least one). */
export function fitTreatment(observed: number[], rule: MethodSpec['outliers']): Treatment {
  const sorted = [...observed].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const s0 = skewness(sorted);
  const k0 = excessKurtosis(sorted);
  const base: Treatment = { kind: 'none', low: min, high: max, min, max, side: s0 !== null && s0 < 0 ? -1 : 1, winsorised: 0, skewness: s0, kurtosis: k0 };
  if (!beyond(s0, k0, rule)) return base;
  const values = [...sorted];
  let low = min;
  let high = max;
  let count = 0;
  let s = s0;
  let k = k0;
  while (beyond(s, k, rule)) {
    // The extreme value (and any value tied with it) takes the value next to it, if the budget allows.
    const upper = s! > 0;
    const extreme = upper ? high : low;
    const tied = values.filter((v) => v === extreme).length;
    const next = upper ? Math.max(...values.filter((v) => v < extreme)) : Math.min(...values.filter((v) => v > extreme));
    if (count + tied > rule.maxWinsorised || !Number.isFinite(next) || new Set(values).size <= 2) break;
    for (let i = 0; i < values.length; i++) if (values[i] === extreme) values[i] = next;
    if (upper) high = next;
    else low = next;
    count += tied;
    s = skewness(values);
    k = excessKurtosis(values);
  }
  if (beyond(s, k, rule)) return { ...base, kind: 'log' };
  return count === 0 ? base : { ...base, kind: 'winsorised', low, high, winsorised: count };
}

/** The treated value of x (observed or imputed). `logAllowed` false keeps the indicator's unit (distance to a target). */
export function applyTreatment(t: Treatment, x: number, logAllowed = true): number {
  const clamped = Math.min(t.high, Math.max(t.low, x));
  if (t.kind !== 'log' || !logAllowed) return t.kind === 'winsorised' ? clamped : x;
  const offset = 0.01 * (t.max - t.min);
  const within = Math.min(t.max, Math.max(t.min, x));
  return t.side === 1 ? Math.log(within - t.min + offset) : -Math.log(t.max - within + offset);
}
