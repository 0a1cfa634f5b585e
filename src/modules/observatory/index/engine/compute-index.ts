// The Índice GovTech Municipal of one year under one method, by the steps of the OECD/JRC Handbook (2008): outlier
// treatment, imputation, polarity and normalisation, weighting and aggregation, then ranks, groups (GTMI) and ranks
// among peers. Pure: the recompute command, the method preview and the Monte-Carlo run all call this on data in memory.
import { PILLARS, type Pillar } from '../../pillars.js';
import type { IndicatorDefinition } from '../../indicators/catalogue.js';
import type { MethodSpec } from '../method.js';
import type { IndexInput, IndexResult, IndicatorDetail, UnitScore } from '../types.js';
import { prepareYear, type PreparedYear } from './prepare.js';
import { imputeColumns } from './impute.js';
import { normaliseColumns } from './scale-columns.js';
import { buildStructure, measureCoverage, scorePillars, scoreUnits } from './aggregate.js';
import { assignGroup, rankScores } from './rank.js';

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function computeIndex(input: IndexInput, method: MethodSpec, catalogue?: readonly IndicatorDefinition[]): IndexResult {
  const p = prepareYear(input, method, catalogue);
  const n = input.units.length;
  const structure = buildStructure(p, method);
  const imputed = imputeColumns(p, method.missing);
  const normalised = normaliseColumns(p, imputed.values, method.normalisation, method.targets);
  const pillars = scorePillars(structure, normalised, n, method.aggregation);
  const coverage = measureCoverage(structure, p);
  const scores = scoreUnits(pillars, structure.pillarWeights, n, method.aggregation);
  const eligible = eligibleUnits(scores, coverage, method.minimumCoverage);
  for (let u = 0; u < n; u++) if (!eligible[u]) scores[u] = NaN;
  const ranks = rankScores(scores);
  const peerRanks = rankWithinPeers(input, scores);
  const units: UnitScore[] = input.units.map((unit, u) => ({
    cut: unit.cut,
    score: orNull(scores[u]!),
    rank: ranks[u]! || null,
    group: eligible[u] ? assignGroup(scores[u]!, method.groups) : null,
    peerGroup: unit.peerGroup,
    peerRank: peerRanks[u]! || null,
    pillars: Object.fromEntries(PILLARS.map((pillar, i) => [pillar, orNull(pillars[i]![u]!)])) as Record<Pillar, number | null>,
    coverage: coverage[u]!,
    detail: describeUnit(p, imputed.values, imputed.imputed, normalised, u),
  }));
  return { year: input.year, units, indicators: p.diagnostics };
}

/**
 * A unit is scored when it has a score, at least one observed value (a score made only of imputed figures says
 * nothing about the municipality) and the method's minimum coverage.
 */
export function eligibleUnits(scores: Float64Array, coverage: Float64Array, minimumCoverage: number): Uint8Array {
  return Uint8Array.from(scores, (s, u) => (!Number.isNaN(s) && coverage[u]! > 0 && coverage[u]! >= minimumCoverage ? 1 : 0));
}

/** Competition ranks within each peer group (0: no rank). */
export function rankWithinPeers(input: IndexInput, scores: Float64Array): Int32Array {
  const out = new Int32Array(input.units.length);
  const groups = new Map<string, number[]>();
  input.units.forEach((u, i) => {
    const members = groups.get(u.peerGroup) ?? [];
    members.push(i);
    groups.set(u.peerGroup, members);
  });
  for (const members of groups.values()) {
    const ranks = rankScores(scores, members);
    for (const i of members) out[i] = ranks[i]!;
  }
  return out;
}

function describeUnit(p: PreparedYear, values: Float64Array[], imputed: Uint8Array[], normalised: Float64Array[], u: number): Record<string, IndicatorDetail> {
  return Object.fromEntries(p.indicators.map((d, c) => [d.code, {
    raw: orNull(values[c]![u]!), imputed: imputed[c]![u] === 1, normalised: orNull(normalised[c]![u]!),
  }]));
}
