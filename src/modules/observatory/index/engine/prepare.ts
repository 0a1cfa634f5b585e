// The year's data laid out for the engine: one column per indicator (a Float64Array over the units, NaN where a value
// is missing — NaN never leaves the engine), each indicator's diagnostics and outlier treatment, and what the
// imputation rules can draw on (the region's mean that year, the unit's last value in the carry-forward window).
// Everything here is independent of weights, normalisation and aggregation, so the Monte-Carlo run computes it once.
import type { IndicatorDefinition } from '../../indicators/catalogue.js';
import { INDEX_INDICATORS } from '../../indicators/catalogue.js';
import type { MethodSpec } from '../method.js';
import type { IndexInput, IndicatorDiagnostics } from '../types.js';
import { fitTreatment, type Treatment } from './outliers.js';

export interface PreparedYear {
  input: IndexInput;
  /** The indicators that enter this year's score (not excluded). */
  indicators: IndicatorDefinition[];
  diagnostics: IndicatorDiagnostics[];
  treatments: Treatment[];
  /** Per included indicator: the value observed this year per unit (NaN: missing). */
  observed: Float64Array[];
  /** Per included indicator: the latest value of the `carryForwardYears` before (NaN: none). */
  carried: Float64Array[];
  /** Per included indicator: the mean of the unit's region this year (NaN: nobody in the region has it). */
  regional: Float64Array[];
}

const column = (n: number) => new Float64Array(n).fill(NaN);

export function prepareYear(input: IndexInput, method: MethodSpec, catalogue: readonly IndicatorDefinition[] = INDEX_INDICATORS): PreparedYear {
  const n = input.units.length;
  const unitIndex = new Map(input.units.map((u, i) => [u.cut, i]));
  const codeIndex = new Map(catalogue.map((d, i) => [d.code, i]));
  const current = catalogue.map(() => column(n));
  const carried = catalogue.map(() => column(n));
  const carriedYear = catalogue.map(() => new Int32Array(n));
  const earliest = input.year - method.carryForwardYears;
  for (const o of input.observations) {
    const u = unitIndex.get(o.cut);
    const c = codeIndex.get(o.indicator);
    if (u === undefined || c === undefined || !Number.isFinite(o.value)) continue;
    if (o.year === input.year) current[c]![u] = o.value;
    else if (o.year < input.year && o.year >= earliest && o.year > carriedYear[c]![u]!) {
      carried[c]![u] = o.value;
      carriedYear[c]![u] = o.year;
    }
  }
  const prepared: PreparedYear = { input, indicators: [], diagnostics: [], treatments: [], observed: [], carried: [], regional: [] };
  catalogue.forEach((definition, c) => {
    const values = Array.from(current[c]!).filter((x) => !Number.isNaN(x));
    const distinct = new Set(values).size;
    const treatment = values.length > 0 ? fitTreatment(values, method.outliers) : null;
    const excluded = values.length === 0 ? 'no_data' : distinct < 2 ? 'constant' : null;
    prepared.diagnostics.push({
      code: definition.code, observed: values.length, skewness: treatment?.skewness ?? null, kurtosis: treatment?.kurtosis ?? null,
      treatment: excluded ? 'none' : treatment!.kind, winsorised: excluded ? 0 : treatment!.winsorised, excluded,
    });
    if (excluded) return;
    prepared.indicators.push(definition);
    prepared.treatments.push(treatment!);
    prepared.observed.push(current[c]!);
    prepared.carried.push(carried[c]!);
    prepared.regional.push(regionalMeans(input, current[c]!));
  });
  return prepared;
}

/** Each unit's regional mean of the observed values (NaN where its region has none). */
function regionalMeans(input: IndexInput, values: Float64Array): Float64Array {
  const sums = new Map<string, { sum: number; count: number }>();
  input.units.forEach((u, i) => {
    if (Number.isNaN(values[i]!)) return;
    const s = sums.get(u.regionCode) ?? { sum: 0, count: 0 };
    s.sum += values[i]!;
    s.count += 1;
    sums.set(u.regionCode, s);
  });
  const out = column(input.units.length);
  input.units.forEach((u, i) => {
    const s = sums.get(u.regionCode);
    if (s) out[i] = s.sum / s.count;
  });
  return out;
}
