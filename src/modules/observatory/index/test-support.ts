// Factories for the index engine's tests and benchmark: small inputs written as a table of values per municipality,
// methods as DEFAULT_METHOD with a few fields changed, and a seeded synthetic country for properties and timings.
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import { DEFAULT_METHOD, PEER_GROUPS, type MethodSpec, type PeerGroup } from './method.js';
import type { IndexInput, IndexUnit, Observation } from './types.js';
import { createRandom } from './engine/prng.js';

export const YEAR = 2023;

/** A unit: `cut` also names it; region '01' and peer group 'medium' unless given. */
export const unit = (cut: string, regionCode = '01', peerGroup: PeerGroup = 'medium'): IndexUnit => ({ cut, name: cut, regionCode, peerGroup });

/** Observations from { cut: { indicator: value } } for one year; null or absent is a gap. */
export function valuesOf(year: number, table: Record<string, Record<string, number | null>>): Observation[] {
  return Object.entries(table).flatMap(([cut, row]) => Object.entries(row)
    .filter((e): e is [string, number] => e[1] !== null)
    .map(([indicator, value]) => ({ cut, indicator, year, value })));
}

export function inputOf(units: IndexUnit[], ...observations: Observation[][]): IndexInput {
  return { year: YEAR, units, observations: observations.flat() };
}

/** DEFAULT_METHOD with these fields replaced (nested objects merged one level). */
export function methodWith(changes: Partial<MethodSpec>): MethodSpec {
  return {
    ...DEFAULT_METHOD, ...changes,
    outliers: { ...DEFAULT_METHOD.outliers, ...changes.outliers },
    sensitivity: { ...DEFAULT_METHOD.sensitivity, ...changes.sensitivity },
  };
}

/**
 * A synthetic country: `units` municipalities in 16 regions and 4 peer groups, every index indicator for `years` years
 * up to YEAR, lognormal-ish values (some skewed enough to be treated) with a share `gaps` missing. Seeded: the same
 * arguments give the same input.
 */
export function syntheticInput(units: number, { seed = 1, gaps = 0.2, years = 4 } = {}): IndexInput {
  const random = createRandom(seed);
  const list = Array.from({ length: units }, (_, i) => unit(String(10000 + i), String((i % 16) + 1).padStart(2, '0'), PEER_GROUPS[i % 4]!));
  const observations: Observation[] = [];
  for (const u of list) {
    const strength = random();
    for (const d of INDEX_INDICATORS) {
      const base = Math.exp(2 * (strength + random()));
      for (let y = YEAR - years + 1; y <= YEAR; y++) {
        if (random() < gaps) continue;
        observations.push({ cut: u.cut, indicator: d.code, year: y, value: Math.round(base * (0.9 + 0.2 * random()) * 100) / 100 });
      }
    }
  }
  return { year: YEAR, units: list, observations };
}
