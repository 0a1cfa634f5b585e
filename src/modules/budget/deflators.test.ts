import { describe, expect, it } from 'vitest';
import { deflatorsFrom, variationHundredths } from './deflators.js';

/** The migration's seed values for 2014–2017 (INE, average yearly IPC change), but 2016 left out where a test says so. */
const rows = [{ year: 2015, variation: '4.30' }, { year: 2016, variation: '3.80' }, { year: 2017, variation: '2.20' }];
const d = deflatorsFrom(rows);

describe('deflators', () => {
  it('chains the variations of the years after the first up to the last', () => {
    expect(d.factor(2016, 2017)).toBe(1.022);
    expect(d.factor(2015, 2017)).toBeCloseTo(1.038 * 1.022, 15);
    expect(d.convert(1_000_000n, 2015, 2017)).toBe(1_060_836n);
    expect(d.convert(1_000_000n, 2014, 2017)).toBe(1_106_452n); // 1.043 × 1.038 × 1.022 = 1.106451948
  });

  it('goes back in time by dividing, exactly: a round trip gives the amount back', () => {
    expect(d.factor(2017, 2016)).toBe(1 / 1.022);
    expect(d.convert(1_022_000n, 2017, 2016)).toBe(1_000_000n);
    const amount = 12_345_678_901_234_567n; // beyond 2^53: no float on the way
    expect(d.convert(d.convert(amount, 2016, 2017)!, 2017, 2016)).toBe(amount);
  });

  it('is 1 within a year, whether or not the year has a row', () => {
    expect(d.factor(2030, 2030)).toBe(1);
    expect(d.convert(7n, 2030, 2030)).toBe(7n);
    expect(d.missing(2030, 2030)).toEqual([]);
  });

  it('rounds whole pesos half away from zero', () => {
    const one = deflatorsFrom([{ year: 2020, variation: '1.00' }]);
    expect(one.convert(50n, 2019, 2020)).toBe(51n); // 50.5
    expect(one.convert(-50n, 2019, 2020)).toBe(-51n);
    expect(one.convert(49n, 2019, 2020)).toBe(49n); // 49.49
  });

  it('gives null and names the missing years when the chain is broken', () => {
    const gap = deflatorsFrom(rows.filter((r) => r.year !== 2016));
    expect(gap.factor(2014, 2017)).toBeNull();
    expect(gap.convert(100n, 2017, 2015)).toBeNull();
    expect(gap.missing(2014, 2018)).toEqual([2016, 2018]);
    expect(gap.factor(2016, 2017)).toBe(1.022); // 2016's own variation is not needed from 2016 on
  });

  it('reads variations with up to two decimals and refuses anything else', () => {
    expect(variationHundredths('2.2')).toBe(220);
    expect(variationHundredths('-0.05')).toBe(-5);
    expect(variationHundredths(' 11 ')).toBe(1100);
    for (const bad of ['2,2', '2.205', '', 'abc', '1e2', '12345']) expect(variationHundredths(bad)).toBeNull();
    expect(() => deflatorsFrom([{ year: 2020, variation: '-100.00' }])).toThrow('deflator 2020');
  });
});
