// Uncertainty and sensitivity of the ranks (OECD/JRC Handbook, 2008, step 7; the JRC's COIN audits): `runs` versions
// of the index, each drawing every pillar weight × U(1 − weightRange, 1 + weightRange) and one normalisation, one
// imputation rule and one aggregation from the method's lists, with a seeded generator (prng.ts) so the published
// figures can be reproduced. Per municipality: the reference rank (the published method), the median rank and the 90 %
// interval (5th–95th percentile) over the runs. Per assumption: its first-order index (first-order.ts) and the mean
// absolute rank shift when that assumption alone leaves the reference method (one at a time).
// Draws per run, in this order: one uniform per pillar (PILLARS order), then normalisation, imputation, aggregation.
// What does not depend on the weights — imputed, normalised and pillar matrices per combination of choices — is
// computed once and reused, so a run costs one weighted mean per municipality and one ranking. Only the municipalities
// the published method scores are ranked in the runs, so every run ranks the same set.
import { PILLARS } from '../../pillars.js';
import type { IndicatorDefinition } from '../../indicators/catalogue.js';
import type { Aggregation, MethodSpec, MissingRule, Normalisation } from '../method.js';
import type { FactorEffect, IndexInput, SensitivityResult, UnitSensitivity } from '../types.js';
import { prepareYear } from './prepare.js';
import { imputeColumns, type ImputedColumns } from './impute.js';
import { normaliseColumns } from './scale-columns.js';
import { buildStructure, liftValue, measureCoverage, scorePillars, scoreUnits, settleMean } from './aggregate.js';
import { createRanker } from './rank.js';
import { eligibleUnits } from './compute-index.js';
import { createRandom } from './prng.js';
import { quantile } from './statistics.js';
import { describeSample, equalCountBins, firstOrderIndex } from './first-order.js';

interface Choice { normalisation: Normalisation; imputation: MissingRule; aggregation: Aggregation; weights: number[] }

export function computeSensitivity(input: IndexInput, method: MethodSpec, catalogue?: readonly IndicatorDefinition[]): SensitivityResult {
  const { runs, seed, weightRange, normalisations, imputations, aggregations } = method.sensitivity;
  const p = prepareYear(input, method, catalogue);
  const n = input.units.length;
  const structure = buildStructure(p, method);
  const reference: Choice = { normalisation: method.normalisation, imputation: method.missing, aggregation: method.aggregation, weights: structure.pillarWeights };
  const imputedBy = new Map<MissingRule, ImputedColumns>();
  const pillarsBy = new Map<string, Float64Array[]>();
  /** Pillar scores of the scored units under a choice, in the aggregation's space (see liftValue). */
  const pillarsFor = (c: Choice, among: number[]) => {
    const key = `${c.imputation}|${c.normalisation}|${c.aggregation}`;
    let found = pillarsBy.get(key);
    if (!found) {
      const imputed = imputedBy.get(c.imputation) ?? imputeColumns(p, c.imputation);
      imputedBy.set(c.imputation, imputed);
      const pillars = scorePillars(structure, normaliseColumns(p, imputed.values, c.normalisation, method.targets), n, c.aggregation);
      found = pillars.map((column) => Float64Array.from(among, (u) => liftValue(column[u]!, c.aggregation)));
      pillarsBy.set(key, found);
    }
    return found;
  };
  const referenceScores = scoreUnits(scorePillars(structure, normaliseColumns(p, imputeColumns(p, method.missing).values, method.normalisation, method.targets), n, method.aggregation),
    structure.pillarWeights, n, method.aggregation);
  const eligible = eligibleUnits(referenceScores, measureCoverage(structure, p), method.minimumCoverage);
  const among = Array.from({ length: n }, (_, u) => u).filter((u) => eligible[u]);
  const m = among.length;
  const scores = new Float64Array(m);
  const rankInto = createRanker(m);
  /** Ranks of the scored units under a choice; a unit left with no weighted pillar ranks last. */
  const rankUnder = (c: Choice, ranks = new Int32Array(m)) => {
    const pillars = pillarsFor(c, among);
    for (let j = 0; j < m; j++) {
      let sum = 0;
      let total = 0;
      for (let i = 0; i < pillars.length; i++) {
        const v = pillars[i]![j]!;
        const w = c.weights[i]!;
        if (w > 0 && !Number.isNaN(v)) { sum += w * v; total += w; }
      }
      scores[j] = total === 0 ? -1 : settleMean(sum / total, c.aggregation);
    }
    rankInto(scores, ranks);
    return ranks;
  };
  const referenceRanks = rankUnder(reference);

  const random = createRandom(seed);
  const byUnit = new Int32Array(runs * m);
  const runRanks = new Int32Array(m);
  const multipliers = PILLARS.map(() => new Float64Array(runs));
  const drawn = { normalisation: new Uint8Array(runs), imputation: new Uint8Array(runs), aggregation: new Uint8Array(runs) };
  const pick = (length: number) => Math.min(length - 1, Math.floor(random() * length));
  for (let r = 0; r < runs; r++) {
    const weights = structure.pillarWeights.map((w, i) => {
      const k = 1 - weightRange + 2 * weightRange * random();
      multipliers[i]![r] = k;
      return w * k;
    });
    drawn.normalisation[r] = pick(normalisations.length);
    drawn.imputation[r] = pick(imputations.length);
    drawn.aggregation[r] = pick(aggregations.length);
    rankUnder({ normalisation: normalisations[drawn.normalisation[r]!]!, imputation: imputations[drawn.imputation[r]!]!,
      aggregation: aggregations[drawn.aggregation[r]!]!, weights }, runRanks);
    for (let j = 0; j < m; j++) byUnit[j * runs + r] = runRanks[j]!;
  }
  const sample = describeSample(byUnit, runs, m);

  const unitsOut: UnitSensitivity[] = input.units.map((u) => ({ cut: u.cut, rank: null, medianRank: null, low: null, high: null }));
  const series = new Float64Array(runs);
  among.forEach((u, j) => {
    series.set(byUnit.subarray(j * runs, (j + 1) * runs));
    series.sort();
    unitsOut[u] = { cut: input.units[u]!.cut, rank: referenceRanks[j]!, medianRank: quantile(series, 0.5), low: quantile(series, 0.05), high: quantile(series, 0.95) };
  });

  const shiftOf = (alternatives: Choice[]) => {
    if (alternatives.length === 0 || m === 0) return 0;
    let total = 0;
    for (const c of alternatives) {
      const moved = rankUnder(c);
      for (let j = 0; j < m; j++) total += Math.abs(moved[j]! - referenceRanks[j]!);
    }
    return total / (alternatives.length * m);
  };
  const factors: FactorEffect[] = [
    { factor: 'normalisation', firstOrder: firstOrderIndex(sample, drawn.normalisation, normalisations.length),
      meanAbsoluteShift: shiftOf(normalisations.filter((x) => x !== reference.normalisation).map((normalisation) => ({ ...reference, normalisation }))) },
    { factor: 'imputation', firstOrder: firstOrderIndex(sample, drawn.imputation, imputations.length),
      meanAbsoluteShift: shiftOf(imputations.filter((x) => x !== reference.imputation).map((imputation) => ({ ...reference, imputation }))) },
    { factor: 'aggregation', firstOrder: firstOrderIndex(sample, drawn.aggregation, aggregations.length),
      meanAbsoluteShift: shiftOf(aggregations.filter((x) => x !== reference.aggregation).map((aggregation) => ({ ...reference, aggregation }))) },
  ];
  const bins = Math.max(2, Math.min(10, Math.floor(runs / 50)));
  PILLARS.forEach((pillar, i) => {
    // A pillar with no weight or no indicator this year cannot move anything: it is not an assumption of this year's index.
    if (!(structure.pillarWeights[i]! > 0) || structure.members[i]!.length === 0) return;
    const bounds = weightRange > 0 ? [1 - weightRange, 1 + weightRange] : [];
    factors.push({
      factor: `weight:${pillar}`,
      firstOrder: weightRange > 0 ? firstOrderIndex(sample, equalCountBins(multipliers[i]!, bins), bins) : 0,
      meanAbsoluteShift: shiftOf(bounds.map((k) => ({ ...reference, weights: structure.pillarWeights.map((w, x) => (x === i ? w * k : w)) }))),
    });
  });
  return { year: input.year, seed, runs, units: unitsOut, factors };
}
