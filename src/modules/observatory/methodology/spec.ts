// Rules a method must keep beyond its TypeBox shape (index/method.ts), and the field-by-field difference between two
// versions, shown on each version's page and kept in the public audit row of its publication.
import type { MessageKey } from '../../../core/i18n/index.js';
import { PILLARS } from '../pillars.js';
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import type { MethodSpec } from '../index/method.js';

const PILLAR_SET = new Set<string>(PILLARS);
const INDICATOR_SET = new Set(INDEX_INDICATORS.map((i) => i.code));

export interface SpecProblem { field: string; message: MessageKey }

/**
 * Weights and targets name only pillars and index indicators (a typo would silently weigh nothing); at least one pillar
 * weighs more than zero (otherwise no municipality has a score); group bounds go down from A to C (GTMI groups).
 */
export function checkMethodSpec(spec: MethodSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  for (const key of Object.keys(spec.pillarWeights)) if (!PILLAR_SET.has(key)) problems.push({ field: `pillarWeights.${key}`, message: 'observatory.method.error.unknownPillar' });
  for (const record of ['indicatorWeights', 'targets'] as const) {
    for (const key of Object.keys(spec[record])) if (!INDICATOR_SET.has(key)) problems.push({ field: `${record}.${key}`, message: 'observatory.method.error.unknownIndicator' });
  }
  if (PILLARS.every((p) => pillarWeight(spec, p) === 0)) problems.push({ field: 'pillarWeights', message: 'observatory.method.error.allPillarsZero' });
  if (!(spec.groups.A > spec.groups.B && spec.groups.B > spec.groups.C)) problems.push({ field: 'groups', message: 'observatory.method.error.groupsOrder' });
  if (spec.peerGroups.large <= spec.peerGroups.medium) problems.push({ field: 'peerGroups', message: 'observatory.method.error.peerOrder' });
  return problems;
}

/** Absent means 1: equal weights (index/method.ts). */
export const pillarWeight = (spec: MethodSpec, pillar: string) => spec.pillarWeights[pillar] ?? 1;
export const indicatorWeight = (spec: MethodSpec, code: string) => spec.indicatorWeights[code] ?? 1;

export interface SpecChange { field: string; from: unknown; to: unknown }

/** Every leaf that differs ('pillarWeights.capacities': 1 → 2), weights compared as applied (absent = 1). */
export function diffSpecs(previous: MethodSpec, next: MethodSpec): SpecChange[] {
  const a = flatten(withEffectiveWeights(previous));
  const b = flatten(withEffectiveWeights(next));
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  return fields.filter((f) => JSON.stringify(a.get(f)) !== JSON.stringify(b.get(f)))
    .map((field) => ({ field, from: a.get(field) ?? null, to: b.get(field) ?? null }));
}

function withEffectiveWeights(spec: MethodSpec): MethodSpec {
  return {
    ...spec,
    pillarWeights: Object.fromEntries(PILLARS.map((p) => [p, pillarWeight(spec, p)])),
    indicatorWeights: Object.fromEntries(INDEX_INDICATORS.map((i) => [i.code, indicatorWeight(spec, i.code)])),
  };
}

/** Objects become dotted paths; arrays and scalars are leaves. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) out.set(prefix, value);
  return out;
}
