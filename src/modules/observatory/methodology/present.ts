// The public JSON of the methodology area: the current method with its indicators and pillars as applied (absent
// weights are 1), the versions, and the Monte-Carlo results. Authors' names are on the pages, not here; no emails.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PILLARS } from '../pillars.js';
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import { MethodSpecSchema } from '../index/method.js';
import type { MethodVersion, SensitivityDetail } from './queries.js';
import { indicatorWeight, pillarWeight } from './spec.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const MethodologyJson = Type.Object({
  version: Type.Integer(),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  note: Nullable(Type.String()),
  spec: MethodSpecSchema,
  indicators: Type.Array(Type.Object({
    code: Type.String(), pillar: Type.String(), weight: Type.Number(), direction: Type.String(), unit: Type.String(), source: Type.String(),
  })),
  pillars: Type.Array(Type.Object({ code: Type.String(), weight: Type.Number() })),
  versions: Type.Array(Type.Object({ version: Type.Integer(), publishedAt: Nullable(Type.String({ format: 'date-time' })), note: Nullable(Type.String()) })),
});

/** `versions` newest first; the first is the current method. */
export function presentMethodology(current: MethodVersion, versions: MethodVersion[]): Static<typeof MethodologyJson> {
  const { spec } = current;
  return {
    version: current.version,
    publishedAt: current.publishedAt?.toISOString() ?? null,
    note: current.note,
    spec,
    indicators: INDEX_INDICATORS.map((i) => ({ code: i.code, pillar: i.group, weight: indicatorWeight(spec, i.code), direction: i.direction, unit: i.unit, source: i.source })),
    pillars: PILLARS.map((code) => ({ code, weight: pillarWeight(spec, code) })),
    versions: (versions.length > 0 ? versions : [current]).map((v) => ({ version: v.version, publishedAt: v.publishedAt?.toISOString() ?? null, note: v.note })),
  };
}

const Rank = Nullable(Type.Number());
export const SensitivityJson = Type.Object({
  year: Type.Integer(),
  methodVersion: Type.Integer(),
  seed: Type.Integer(),
  runs: Type.Integer(),
  units: Type.Array(Type.Object({ cut: Type.String(), name: Type.String(), rank: Rank, medianRank: Rank, low: Rank, high: Rank })),
  factors: Type.Array(Type.Object({ factor: Type.String(), firstOrder: Type.Number(), meanAbsoluteShift: Type.Number() })),
});

export function presentSensitivity(s: SensitivityDetail): Static<typeof SensitivityJson> {
  return {
    year: s.year, methodVersion: s.methodVersion, seed: s.seed, runs: s.runs,
    units: s.units.map((u) => ({ cut: u.cut, name: u.name, rank: u.rank, medianRank: u.medianRank, low: u.low, high: u.high })),
    factors: s.factors.map((f) => ({ factor: f.factor, firstOrder: f.firstOrder, meanAbsoluteShift: f.meanAbsoluteShift })),
  };
}
