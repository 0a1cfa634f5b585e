// Missing data (OECD/JRC Handbook, 2008, step 2). 'available' leaves a gap as it is: the unit's score is the mean of
// what it has, with weights renormalised. 'regional_mean' fills it with the mean of the municipality's region that
// year; 'locf' with the last value the municipality reported in the `carryForwardYears` before. Where the chosen rule
// finds nothing, the gap stays and 'available' applies. Imputed values never count towards coverage.
import type { MissingRule } from '../method.js';
import type { PreparedYear } from './prepare.js';

export interface ImputedColumns {
  /** Per included indicator: raw values after imputation (NaN: still missing). */
  values: Float64Array[];
  /** Per included indicator: 1 where the value was imputed. */
  imputed: Uint8Array[];
}

export function imputeColumns(p: PreparedYear, rule: MissingRule): ImputedColumns {
  const values: Float64Array[] = [];
  const imputed: Uint8Array[] = [];
  p.observed.forEach((observed, c) => {
    const source = rule === 'regional_mean' ? p.regional[c]! : rule === 'locf' ? p.carried[c]! : null;
    const out = Float64Array.from(observed);
    const flags = new Uint8Array(observed.length);
    if (source) {
      for (let u = 0; u < out.length; u++) {
        if (Number.isNaN(out[u]!) && !Number.isNaN(source[u]!)) { out[u] = source[u]!; flags[u] = 1; }
      }
    }
    values.push(out);
    imputed.push(flags);
  });
  return { values, imputed };
}
