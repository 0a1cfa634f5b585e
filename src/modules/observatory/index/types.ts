// What the index engine (index/engine/, pure functions) takes and gives. Loading (index/queries.ts) and storing
// (index/commands/recompute.ts) are apart from it, so the method preview, the Monte-Carlo run and the tests call the
// same computation on data they hold in memory.
import type { Pillar } from '../pillars.js';
import type { PeerGroup } from './method.js';
import type { Group } from './schema.js';

export interface IndexUnit {
  cut: string;
  name: string;
  regionCode: string;
  peerGroup: PeerGroup;
}

export interface Observation { cut: string; indicator: string; year: number; value: number }

export interface IndexInput {
  year: number;
  /** The municipalities ranked (345 in an installation; any subset in tests). */
  units: IndexUnit[];
  /** Values of the index indicators for `year` and the years before it (last observation carried forward). */
  observations: Observation[];
}

export interface IndicatorDetail {
  raw: number | null;
  imputed: boolean;
  /** 0–100 after outlier treatment, polarity and normalisation; null when missing. */
  normalised: number | null;
}

export interface UnitScore {
  cut: string;
  score: number | null;
  rank: number | null;
  group: Group | null;
  peerGroup: PeerGroup;
  peerRank: number | null;
  pillars: Record<Pillar, number | null>;
  coverage: number;
  detail: Record<string, IndicatorDetail>;
}

export interface IndicatorDiagnostics {
  code: string;
  observed: number;
  skewness: number | null;
  kurtosis: number | null;
  treatment: 'none' | 'winsorised' | 'log';
  winsorised: number;
  /** Left out of this year's score: no value at all, or the same value everywhere (nothing to tell apart). */
  excluded: 'no_data' | 'constant' | null;
}

export interface IndexResult {
  year: number;
  units: UnitScore[];
  indicators: IndicatorDiagnostics[];
}

export interface UnitSensitivity { cut: string; rank: number | null; medianRank: number | null; low: number | null; high: number | null }

/** `factor`: 'normalisation' | 'imputation' | 'aggregation' | 'weight:<pillar>'. */
export interface FactorEffect {
  factor: string;
  /** Share of the variance of the ranks explained by this factor alone (first-order index, mean over municipalities). */
  firstOrder: number;
  /** Mean absolute rank shift when only this factor leaves the reference method (one at a time). */
  meanAbsoluteShift: number;
}

export interface SensitivityResult { year: number; seed: number; runs: number; units: UnitSensitivity[]; factors: FactorEffect[] }
