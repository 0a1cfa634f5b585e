import { describe, expect, it } from 'vitest';
import { isLocalSupplier, isSme } from './anchorage.js';

const temuco = { cutCode: '09101', regionCode: '09', kind: 'municipality' as const };
const goreAraucania = { cutCode: '09', regionCode: '09', kind: 'regional_government' as const };

describe('local anchorage', () => {
  it('is the comuna for a supplier of the municipality\'s own comuna', () => {
    expect(isLocalSupplier('09101', temuco)).toBe('comuna');
  });
  it('is the region for a neighbouring comuna of the same region', () => {
    expect(isLocalSupplier('09112', temuco)).toBe('region'); // Padre Las Casas
  });
  it('is null for another region, even with the same comuna number', () => {
    expect(isLocalSupplier('14101', temuco)).toBeNull(); // Valdivia
  });
  it('is at most the region for a regional government, whose CUT is a region', () => {
    expect(isLocalSupplier('09101', goreAraucania)).toBe('region');
    expect(isLocalSupplier('09101', { cutCode: '09', regionCode: null, kind: 'regional_government' })).toBe('region');
    expect(isLocalSupplier('13101', goreAraucania)).toBeNull();
  });
  it('is null for a national body without a region', () => {
    expect(isLocalSupplier('13101', { cutCode: null, regionCode: null, kind: 'national_body' })).toBeNull();
  });
});

describe('SME (Ley 20.416)', () => {
  it('counts micro, small and medium firms, not large ones', () => {
    expect(['micro', 'small', 'medium', 'large'].map((s) => isSme(s as 'micro'))).toEqual([true, true, true, false]);
  });
});
