// Outlier treatment and normalisation of every included indicator: the 0–100 matrix the aggregation reads.
import type { MethodSpec, Normalisation } from '../method.js';
import type { PreparedYear } from './prepare.js';
import { applyTreatment } from './outliers.js';
import { fitScale, normaliseValue } from './normalise.js';

/** Per included indicator: 0–100 per unit (NaN: missing), from raw (possibly imputed) `values`. */
export function normaliseColumns(p: PreparedYear, values: Float64Array[], method: Normalisation, targets: MethodSpec['targets']): Float64Array[] {
  return p.indicators.map((definition, c) => {
    const treatment = p.treatments[c]!;
    const logAllowed = method !== 'target';
    const treated: number[] = [];
    for (const x of p.observed[c]!) if (!Number.isNaN(x)) treated.push(applyTreatment(treatment, x, logAllowed));
    const scale = fitScale(treated, method, definition.direction === 'lower', targets[definition.code]);
    const raw = values[c]!;
    const out = new Float64Array(raw.length).fill(NaN);
    for (let u = 0; u < raw.length; u++) if (!Number.isNaN(raw[u]!)) out[u] = normaliseValue(scale, applyTreatment(treatment, raw[u]!, logAllowed));
    return out;
  });
}
