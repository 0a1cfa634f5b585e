// Normalisation to a common 0–100 scale with polarity (OECD/JRC Handbook, 2008, step 5). The scale of an indicator is
// fitted on the year's observed values after outlier treatment, and every value (imputed ones too) is placed on it and
// limited to 0–100, so the imputation rule never moves the municipalities that have the figure.
//   minmax: 100·(x − min)/(max − min); lower-is-better: 100·(max − x)/(max − min).
//   zscore: 50 + 10·z (50 − 10·z when lower is better), z with the sample standard deviation, limited to 0–100.
//   target: 100·min(1, x/target); lower-is-better 100·min(1, target/x). The target is in the indicator's own unit, so
//     this one uses winsorised values but never the log transform (a ratio of logarithms has no meaning); the default
//     target is the best value observed. A target that is not positive cannot be a ratio's denominator: min–max then.
import type { Normalisation } from '../method.js';
import { mean, standardDeviation } from './statistics.js';

export interface Scale {
  method: Normalisation;
  lowerIsBetter: boolean;
  min: number;
  max: number;
  mean: number;
  sd: number;
  target: number;
}

const clip = (x: number) => (x < 0 ? 0 : x > 100 ? 100 : x);

/** The scale of an indicator from its treated observed values (at least two distinct). */
export function fitScale(treated: number[], method: Normalisation, lowerIsBetter: boolean, target?: number): Scale {
  let min = Infinity;
  let max = -Infinity;
  for (const x of treated) { if (x < min) min = x; if (x > max) max = x; }
  const best = lowerIsBetter ? min : max;
  const goal = target ?? best;
  const usable = method !== 'target' || goal > 0;
  return { method: usable ? method : 'minmax', lowerIsBetter, min, max, mean: mean(treated), sd: standardDeviation(treated), target: goal };
}

/** x on 0–100 (always finite for a fitted scale). */
export function normaliseValue(s: Scale, x: number): number {
  switch (s.method) {
    case 'minmax': {
      const share = (x - s.min) / (s.max - s.min);
      return clip(100 * (s.lowerIsBetter ? 1 - share : share));
    }
    case 'zscore': {
      const z = (x - s.mean) / s.sd;
      return clip(50 + 10 * (s.lowerIsBetter ? -z : z));
    }
    case 'target':
      if (s.lowerIsBetter) return x <= s.target ? 100 : clip((100 * s.target) / x);
      return clip((100 * x) / s.target);
  }
}
