// The territory of a service's participation process: what participation's checkScope accepts for the host.
import { describe, expect, it } from 'vitest';
import { territoryOf } from './commands/ensure-service-process.js';

const temuco = { kind: 'municipality', cutCode: '09101', regionCode: '09' };
const gore = { kind: 'regional_government', cutCode: '09', regionCode: '09' };
const subdere = { kind: 'national', cutCode: null, regionCode: null };

describe('territoryOf', () => {
  it('a municipality\'s lab covers its own comuna; a regional programme its region', () => {
    expect(territoryOf(temuco, null, [gore])).toEqual({ scope: 'comuna', scopeCode: '09101' });
    expect(territoryOf(gore, '09', [temuco])).toEqual({ scope: 'region', scopeCode: '09' });
  });

  it('a national host takes the incubator\'s region, else the first sponsor with a territory', () => {
    expect(territoryOf(subdere, '14', [temuco])).toEqual({ scope: 'region', scopeCode: '14' });
    expect(territoryOf(subdere, null, [subdere, temuco])).toEqual({ scope: 'comuna', scopeCode: '09101' });
    expect(territoryOf(subdere, null, [gore])).toEqual({ scope: 'region', scopeCode: '09' });
    expect(territoryOf(subdere, null, [subdere])).toBeNull();
  });
});
