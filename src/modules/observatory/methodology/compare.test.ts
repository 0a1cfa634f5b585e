import { describe, expect, it } from 'vitest';
import type { IndexResult, IndexUnit, UnitScore } from '../index/types.js';
import { compareRanks } from './compare.js';

const units: IndexUnit[] = ['Angol', 'Collipulli', 'Lautaro', 'Purén', 'Temuco'].map((name, i) => ({ cut: `0910${i}`, name, regionCode: '09', peerGroup: 'medium' }));
const result = (ranks: Array<number | null>): IndexResult => ({
  year: 2023, indicators: [],
  units: units.map((u, i) => ({ cut: u.cut, rank: ranks[i], score: ranks[i] === null ? null : 100 - ranks[i]! * 10 } as UnitScore)),
});

describe('compareRanks', () => {
  it('gives each municipality its move, sorted by the preview rank, unranked last', () => {
    const { rows } = compareRanks(units, result([1, 2, 3, 4, null]), result([3, 1, 2, 4, 5]));
    expect(rows.map((r) => [r.name, r.publishedRank, r.previewRank, r.move])).toEqual([
      ['Collipulli', 2, 1, 1], ['Lautaro', 3, 2, 1], ['Angol', 1, 3, -2], ['Purén', 4, 4, 0], ['Temuco', null, 5, null],
    ]);
    expect(rows[0].previewScore).toBe(90);
  });

  it('summarises: how many moved, up and down, the mean absolute move and the largest moves first', () => {
    const { summary } = compareRanks(units, result([1, 2, 3, 4, 5]), result([3, 1, 2, 4, 5]));
    expect(summary).toMatchObject({ compared: 5, moved: 3, up: 2, down: 1, meanAbsoluteMove: 4 / 5 });
    expect(summary.biggest.map((r) => r.name)).toEqual(['Angol', 'Collipulli', 'Lautaro']);
  });

  it('says nothing moved, with no NaN, when nothing is comparable', () => {
    const { summary } = compareRanks(units, result([null, null, null, null, null]), result([1, 2, 3, 4, 5]));
    expect(summary).toEqual({ compared: 0, moved: 0, up: 0, down: 0, meanAbsoluteMove: 0, biggest: [] });
  });
});
