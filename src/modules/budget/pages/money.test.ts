import { describe, expect, it } from 'vitest';
import { millions, money, percent } from './money.js';

describe('money in es-CL and en', () => {
  it('writes pesos with thousands dots in es-CL and commas in en, exactly for any bigint', () => {
    expect(money(1_234_567n, 'es-CL')).toBe('$1.234.567');
    expect(money(1_234_567n, 'en')).toBe('$1,234,567');
    expect(money(-5n, 'es-CL')).toBe('-$5');
    expect(money(9_007_199_254_740_993n, 'es-CL')).toBe('$9.007.199.254.740.993');
    expect(money(12n, 'es-CL', 'USD')).toBe('US$12');
  });

  it('writes millions as MM$ rounded half away from zero, one decimal below a hundred millions, full pesos below a million', () => {
    expect(millions(1_234_567_890n, 'es-CL')).toBe('MM$1.235');
    expect(millions(1_234_499_999n, 'es-CL')).toBe('MM$1.234');
    expect(millions(-2_500_000n, 'es-CL')).toBe('-MM$2,5');
    expect(millions(99_940_000n, 'es-CL')).toBe('MM$99,9');
    expect(millions(99_960_000n, 'es-CL')).toBe('MM$100');
    expect(millions(1_234_567_890n, 'en')).toBe('$1,235M');
    expect(millions(999_999n, 'es-CL')).toBe('$999.999');
  });

  it('writes shares with one decimal, rounded, and none of a zero whole', () => {
    expect(percent(1n, 8n, 'es-CL')).toBe('12,5 %');
    expect(percent(1n, 8n, 'en')).toBe('12.5%');
    expect(percent(2n, 3n, 'es-CL')).toBe('66,7 %');
    expect(percent(-1n, 3n, 'es-CL')).toBe('-33,3 %');
    expect(percent(5n, 0n, 'es-CL')).toBeNull();
  });
});
