// "What to improve first" and the closest peers on hand-computed cases.
import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD } from '../index/method.js';
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import type { IndicatorDetail } from '../index/types.js';
import type { ScoreRow } from './queries.js';
import { findClosestPeers, rankPriorities, shareIndicatorWeights } from './priorities.js';

const d = (normalised: number | null): IndicatorDetail => ({ raw: normalised, imputed: false, normalised });

describe('shareIndicatorWeights', () => {
  it('splits equal weights by pillar, then by indicator within it, summing to 1', () => {
    const shares = shareIndicatorWeights(DEFAULT_METHOD);
    expect(shares.size).toBe(INDEX_INDICATORS.length);
    expect(shares.get('platforms.firmagob')!.share).toBeCloseTo(1 / 7 / 4, 12);
    expect(shares.get('online.procedures_online')!.share).toBeCloseTo(1 / 7 / 2, 12);
    expect([...shares.values()].reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
  });

  it('follows the method\'s pillar and indicator weights; a zero weight leaves an indicator out', () => {
    const spec = { ...DEFAULT_METHOD, pillarWeights: { ...DEFAULT_METHOD.pillarWeights, platforms: 4 }, indicatorWeights: { 'platforms.firmagob': 0, 'platforms.pisee': 2 } };
    const shares = shareIndicatorWeights(spec);
    // platforms: 4 / (4 + 6) of the score; within it pisee 2 of (0 + 1 + 1 + 2).
    expect(shares.get('platforms.pisee')!.share).toBeCloseTo(0.4 * 0.5, 12);
    expect(shares.get('platforms.firmagob')!.share).toBe(0);
    expect(rankPriorities({ 'platforms.firmagob': d(0) }, [{ 'platforms.firmagob': d(100) }], spec)).toEqual([]);
  });
});

describe('rankPriorities', () => {
  it('orders by weighted gap to the peer group\'s best, skips missing values and closed gaps, and keeps three', () => {
    const own = { 'online.procedures_online': d(20), 'platforms.firmagob': d(25), 'capacities.training_spend': d(50), 'capacities.professionalisation': d(100),
      'platforms.pisee': d(90), 'transparency.datasets': d(null) };
    const peers: Array<Record<string, IndicatorDetail>> = [
      { 'online.procedures_online': d(90), 'platforms.firmagob': d(100), 'capacities.training_spend': d(80), 'transparency.datasets': d(100) },
      { 'online.procedures_online': d(60), 'capacities.professionalisation': d(70), 'platforms.pisee': d(100) },
    ];
    const got = rankPriorities(own, peers, DEFAULT_METHOD);
    // procedures: 70/14 = 5; firmagob: 75/28 = 2,68; training: 30/14 = 2,14; pisee: 10/28 = 0,36 (fourth, cut).
    expect(got.map((p) => [p.indicator, p.own, p.best])).toEqual([
      ['online.procedures_online', 20, 90], ['platforms.firmagob', 25, 100], ['capacities.training_spend', 50, 80]]);
    expect(got.map((p) => p.gain)).toEqual([70 / 14, 75 / 28, 30 / 14].map((x) => expect.closeTo(x, 12)));
    expect(rankPriorities(own, peers, DEFAULT_METHOD, 5).map((p) => p.indicator)).toEqual(
      ['online.procedures_online', 'platforms.firmagob', 'capacities.training_spend', 'platforms.pisee']);
  });

  it('finds nothing to improve for the best of its group', () => {
    expect(rankPriorities({ 'online.procedures_online': d(90) }, [{ 'online.procedures_online': d(60) }], DEFAULT_METHOD)).toEqual([]);
  });
});

describe('findClosestPeers', () => {
  const row = (cut: string, score: number | null, peerGroup = 'rural'): ScoreRow => ({
    cut, name: cut, slug: cut, regionCode: '09', regionName: 'La Araucanía', score, rank: score === null ? null : Math.round(100 - score), group: null,
    peerGroup, peerRank: null, pillars: {}, coverage: 1, scoreChange: null, rankChange: null,
  });
  it('takes the five of the same peer group with the nearest score, best rank first', () => {
    const rows = [row('a', 50), row('b', 52), row('c', 47), row('d', 60), row('e', 40), row('f', 49), row('g', 90), row('h', 51, 'large'), row('i', null)];
    expect(findClosestPeers(rows, { cut: 'a', score: 50, peerGroup: 'rural' }).map((r) => r.cut)).toEqual(['d', 'b', 'f', 'c', 'e']);
    expect(findClosestPeers(rows, { cut: 'a', score: null, peerGroup: 'rural' })).toEqual([]);
  });
});
