// The index's method as data (OECD/JRC Handbook on Constructing Composite Indicators, 2008; World Bank GovTech
// Maturity Index, 2022): every choice a reader could question is a field here, versioned in observatory_methods and
// published at /api/v1/observatory/methodology. Stewards publish a new version; scores are recomputed under it.
import { Type, type Static } from '@sinclair/typebox';
import { PILLARS } from '../pillars.js';

const Weight = Type.Number({ minimum: 0, maximum: 100 });

export const MethodSpecSchema = Type.Object({
  /** minmax: 0–100 between the year's worst and best; zscore: 50 + 10·z, limited to 0–100; target: 100·value/target, at most 100. */
  normalisation: Type.Union([Type.Literal('minmax'), Type.Literal('zscore'), Type.Literal('target')]),
  /** Indicator code → target value, for normalisation 'target' (default: the best value observed that year). */
  targets: Type.Record(Type.String(), Type.Number()),
  /** arithmetic: compensatory; geometric: a weak pillar weighs more (values moved to 1–100 first, as it needs x > 0). */
  aggregation: Type.Union([Type.Literal('arithmetic'), Type.Literal('geometric')]),
  /**
   * available: the mean of the indicators the municipality has (weights renormalised); regional_mean: a missing value
   * takes the mean of its region that year; locf: the last value observed in the `carryForwardYears` before.
   * Where the chosen rule finds nothing, the value stays missing and 'available' applies. Coverage is always shown.
   */
  missing: Type.Union([Type.Literal('available'), Type.Literal('regional_mean'), Type.Literal('locf')]),
  carryForwardYears: Type.Integer({ minimum: 1, maximum: 10 }),
  /** JRC practice: winsorise an indicator when |skewness| > skew and excess kurtosis > kurtosis, up to maxWinsorised values. */
  outliers: Type.Object({ skew: Type.Number({ minimum: 0 }), kurtosis: Type.Number({ minimum: 0 }), maxWinsorised: Type.Integer({ minimum: 0, maximum: 50 }) }),
  /** Pillar → weight; absent means 1 (equal weights). 0 leaves a pillar out. */
  pillarWeights: Type.Record(Type.String(), Weight),
  /** Indicator code → weight within its pillar; absent means 1. */
  indicatorWeights: Type.Record(Type.String(), Weight),
  /** Lower bounds of groups A, B and C on the 0–100 score; below C is D (groups as in the GTMI, not only ranks). */
  groups: Type.Object({ A: Type.Number({ minimum: 0, maximum: 100 }), B: Type.Number({ minimum: 0, maximum: 100 }), C: Type.Number({ minimum: 0, maximum: 100 }) }),
  /** A municipality whose coverage is below this share (0–1) gets no score, rank or group. */
  minimumCoverage: Type.Number({ minimum: 0, maximum: 1 }),
  /** Peer groups (typology by population and rurality, SINIM): large ≥ large, medium ≥ medium; below, rural when rural share ≥ ruralShare %. */
  peerGroups: Type.Object({ large: Type.Integer({ minimum: 1 }), medium: Type.Integer({ minimum: 1 }), ruralShare: Type.Number({ minimum: 0, maximum: 100 }) }),
  /** The Monte-Carlo run: weights each multiplied by U(1−weightRange, 1+weightRange), and the choices drawn from these lists. */
  sensitivity: Type.Object({
    runs: Type.Integer({ minimum: 10, maximum: 20000 }),
    seed: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 }),
    weightRange: Type.Number({ minimum: 0, maximum: 1 }),
    normalisations: Type.Array(Type.Union([Type.Literal('minmax'), Type.Literal('zscore'), Type.Literal('target')]), { minItems: 1 }),
    imputations: Type.Array(Type.Union([Type.Literal('available'), Type.Literal('regional_mean'), Type.Literal('locf')]), { minItems: 1 }),
    aggregations: Type.Array(Type.Union([Type.Literal('arithmetic'), Type.Literal('geometric')]), { minItems: 1 }),
  }),
});
export type MethodSpec = Static<typeof MethodSpecSchema>;
export type Normalisation = MethodSpec['normalisation'];
export type Aggregation = MethodSpec['aggregation'];
export type MissingRule = MethodSpec['missing'];

export const PEER_GROUPS = ['large', 'medium', 'small_urban', 'rural'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

/** Version 1: the defaults the issue and the Handbook recommend; equal weights for every pillar and indicator. */
export const DEFAULT_METHOD: MethodSpec = {
  normalisation: 'minmax',
  targets: {},
  aggregation: 'arithmetic',
  missing: 'available',
  carryForwardYears: 3,
  outliers: { skew: 2, kurtosis: 3.5, maxWinsorised: 5 },
  pillarWeights: Object.fromEntries(PILLARS.map((p) => [p, 1])),
  indicatorWeights: {},
  groups: { A: 75, B: 50, C: 25 },
  minimumCoverage: 0,
  peerGroups: { large: 100_000, medium: 25_000, ruralShare: 50 },
  sensitivity: {
    runs: 1000, seed: 20_261_122, weightRange: 0.5,
    normalisations: ['minmax', 'zscore'], imputations: ['available', 'regional_mean', 'locf'], aggregations: ['arithmetic', 'geometric'],
  },
};
