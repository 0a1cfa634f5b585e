// The public JSON and CSV of the index's results (DESIGN.md convention 5): explicit fields, territory and figures
// only — the results describe municipalities, never a person.
import { Type, type Static } from '@sinclair/typebox';
import { PILLARS } from '../pillars.js';
import { GROUPS } from '../index/schema.js';
import type { MunicipalityYear, Place, ScoreRow } from './queries.js';

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const GroupJson = Type.Union([...GROUPS.map((g) => Type.Literal(g)), Type.Null()], { description: 'A (advanced) to D (lagging), as the GTMI; null without a score' });
const PillarsJson = Type.Object(Object.fromEntries(PILLARS.map((p) => [p, NullableNumber])), { description: 'Pillar score 0–100, null when the pillar has no value' });

export const OBSERVATORY_PATH = '/observatorio';
export const municipalityPath = (cut: string) => `${OBSERVATORY_PATH}/municipios/${cut}`;
export const regionPath = (code: string) => `${OBSERVATORY_PATH}/regiones/${code}`;
export const INDEX_API = '/api/v1/observatory/index';

const round = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)));
const pillarsOf = (pillars: Record<string, number | null>) => Object.fromEntries(PILLARS.map((p) => [p, round(pillars[p] ?? null, 2)]));

export const IndexEntryJson = Type.Object({
  cut: Type.String({ pattern: '^\\d{5}$', description: 'CUT code of the comuna' }),
  name: Type.String(),
  region: Type.String({ pattern: '^\\d{2}$', description: 'CUT code of the region' }),
  score: Type.Union([Type.Number({ minimum: 0, maximum: 100 }), Type.Null()], { description: '0–100, null when the municipality has no score that year' }),
  rank: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: '1 = best; ties share a rank' }),
  group: GroupJson,
  peerGroup: Type.Union([Type.String(), Type.Null()]),
  peerRank: NullableInt,
  pillars: PillarsJson,
  coverage: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'Share of the score\'s weight resting on observed, not imputed, values' }),
  scoreChange: Type.Union([Type.Number(), Type.Null()], { description: 'Since the previous year, same method' }),
  url: Type.String(),
});
export type IndexEntryJson = Static<typeof IndexEntryJson>;

export const IndexJson = Type.Object({
  year: Type.Integer(),
  methodVersion: Type.Integer(),
  municipalities: Type.Array(IndexEntryJson),
});

export function presentIndexEntry(r: ScoreRow): IndexEntryJson {
  return {
    cut: r.cut, name: r.name, region: r.regionCode, score: round(r.score, 2), rank: r.rank, group: r.group, peerGroup: r.peerGroup,
    peerRank: r.peerRank, pillars: pillarsOf(r.pillars), coverage: round(r.coverage, 4), scoreChange: round(r.scoreChange, 2), url: municipalityPath(r.cut),
  };
}

/** The CSV: the same fields, one column per pillar. */
export const INDEX_COLUMNS = ['cut', 'name', 'region', 'score', 'rank', 'group', 'peerGroup', 'peerRank', ...PILLARS.map((p) => `pillars.${p}`), 'coverage', 'scoreChange'];

export const MunicipalityJson = Type.Object({
  cut: Type.String(), name: Type.String(), region: Type.String(), methodVersion: Type.Integer(),
  years: Type.Array(Type.Object({
    year: Type.Integer(), score: NullableNumber, rank: NullableInt, ranked: Type.Integer({ description: 'Municipalities ranked that year' }),
    group: GroupJson, peerGroup: Type.String(), peerRank: NullableInt, pillars: PillarsJson, coverage: Type.Number(),
    scoreChange: NullableNumber, rankChange: NullableInt,
    imputed: Type.Array(Type.String(), { description: 'Indicator codes whose value was imputed by the method\'s missing-data rule' }),
  })),
  url: Type.String(),
});

export function presentMunicipality(place: Place, methodVersion: number, years: MunicipalityYear[]): Static<typeof MunicipalityJson> {
  return {
    cut: place.cut, name: place.name, region: place.regionCode, methodVersion, url: municipalityPath(place.cut),
    years: years.map((y) => ({
      year: y.year, score: round(y.score, 2), rank: y.rank, ranked: y.ranked, group: y.group, peerGroup: y.peerGroup ?? '', peerRank: y.peerRank,
      pillars: pillarsOf(y.pillars), coverage: round(y.coverage, 4) ?? 0, scoreChange: round(y.scoreChange, 2), rankChange: y.rankChange,
      imputed: Object.entries(y.detail).filter(([, d]) => d.imputed).map(([code]) => code).sort(),
    })),
  };
}
