import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, type MethodSpec } from '../index/method.js';
import { checkMethodSpec, diffSpecs } from './spec.js';

const spec = (change: Partial<MethodSpec>): MethodSpec => ({ ...DEFAULT_METHOD, ...change });

describe('checkMethodSpec', () => {
  it('accepts the default method', () => {
    expect(checkMethodSpec(DEFAULT_METHOD)).toEqual([]);
  });

  it('names unknown pillars and indicators, all-zero pillars and groups out of order', () => {
    const problems = checkMethodSpec(spec({
      pillarWeights: Object.fromEntries(Object.keys(DEFAULT_METHOD.pillarWeights).map((p) => [p, 0])),
      indicatorWeights: { 'capacities.training_spend': 2, 'context.population': 1 },
      targets: { 'no.such': 3 },
      groups: { A: 50, B: 60, C: 25 },
    }));
    expect(problems.map((p) => p.field)).toEqual(['indicatorWeights.context.population', 'targets.no.such', 'pillarWeights', 'groups']);
    expect(checkMethodSpec(spec({ pillarWeights: { platforms: 1, nope: 1 } }))[0]).toEqual({ field: 'pillarWeights.nope', message: 'observatory.method.error.unknownPillar' });
  });

  it('an absent pillar weight is 1, so leaving weights out is never "all zero"', () => {
    expect(checkMethodSpec(spec({ pillarWeights: { platforms: 0 } }))).toEqual([]);
  });
});

describe('diffSpecs', () => {
  it('lists the leaves that changed, weights compared as applied (absent = 1)', () => {
    const next = spec({
      normalisation: 'zscore',
      pillarWeights: { ...DEFAULT_METHOD.pillarWeights, capacities: 2 },
      indicatorWeights: { 'platforms.pisee': 1, 'online.payments_online': 0.5 },
      sensitivity: { ...DEFAULT_METHOD.sensitivity, aggregations: ['arithmetic'] },
    });
    expect(diffSpecs(DEFAULT_METHOD, next)).toEqual([
      { field: 'indicatorWeights.online.payments_online', from: 1, to: 0.5 },
      { field: 'normalisation', from: 'minmax', to: 'zscore' },
      { field: 'pillarWeights.capacities', from: 1, to: 2 },
      { field: 'sensitivity.aggregations', from: ['arithmetic', 'geometric'], to: ['arithmetic'] },
    ]);
  });

  it('finds nothing between a method and itself', () => {
    expect(diffSpecs(DEFAULT_METHOD, structuredClone(DEFAULT_METHOD))).toEqual([]);
  });

  it('a target added shows as from null', () => {
    expect(diffSpecs(DEFAULT_METHOD, spec({ targets: { 'online.procedures_online': 80 } }))).toEqual([{ field: 'targets.online.procedures_online', from: null, to: 80 }]);
  });
});
