// The typology of municipalities for peer comparison (method.peerGroups): by population, then by rural share.
import { describe, expect, it } from 'vitest';
import { classifyPeerGroup, headlineYear } from './queries.js';
import { DEFAULT_METHOD } from './method.js';

const rule = DEFAULT_METHOD.peerGroups; // large ≥ 100,000; medium ≥ 25,000; rural when ≥ 50 % rural

describe('classifyPeerGroup', () => {
  it('bands by population, bounds included', () => {
    expect(classifyPeerGroup(100_000, 90, rule)).toBe('large');
    expect(classifyPeerGroup(99_999, 90, rule)).toBe('medium');
    expect(classifyPeerGroup(25_000, 0, rule)).toBe('medium');
  });
  it('splits the smaller ones by rural share', () => {
    expect(classifyPeerGroup(24_999, 50, rule)).toBe('rural');
    expect(classifyPeerGroup(24_999, 49.9, rule)).toBe('small_urban');
  });
  it('counts an unknown rural share as urban and an unknown population as small', () => {
    expect(classifyPeerGroup(5_000, null, rule)).toBe('small_urban');
    expect(classifyPeerGroup(null, 80, rule)).toBe('rural');
  });
});

describe('headlineYear', () => {
  it('skips newer years that rest on a handful of scores', () => {
    // 2026: one region's 32 tracker scores; 2023: the national data.
    expect(headlineYear([{ year: 2026, scored: 32 }, { year: 2024, scored: 33 }, { year: 2023, scored: 344 }, { year: 2022, scored: 345 }])).toBe(2023);
  });
  it('takes the latest year once it holds at least half the best coverage, and nothing when there are no scores', () => {
    expect(headlineYear([{ year: 2022, scored: 300 }, { year: 2023, scored: 173 }])).toBe(2023);
    expect(headlineYear([{ year: 2023, scored: 172 }, { year: 2022, scored: 345 }])).toBe(2022);
    expect(headlineYear([])).toBeUndefined();
  });
});
