import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePesos, parseThousands } from './amounts.js';

describe('parseThousands', () => {
  it('reads thousands with a decimal comma exactly', () => {
    expect(parseThousands('0,001')).toBe(1n); // SOURCES.md: the symbolic one-peso appropriations
    expect(parseThousands('1.234,567')).toBe(1_234_567n);
    expect(parseThousands('-12')).toBe(-12_000n);
    expect(parseThousands('6888677917')).toBe(6_888_677_917_000n);
    expect(parseThousands(' 120 ')).toBe(120_000n);
    expect(parseThousands('12,5')).toBe(12_500n);
  });

  it('rounds fractions of a unit half away from zero', () => {
    expect(parseThousands('0,0005')).toBe(1n);
    expect(parseThousands('0,0004999')).toBe(0n);
    expect(parseThousands('-0,0005')).toBe(-1n);
    expect(parseThousands('-1,2344')).toBe(-1_234n);
  });

  it('rejects what is not a number', () => {
    for (const bad of ['', 'abc', '1.23', '12.3456', '1,', ',5', '1 000', '1e3', '--1', '12,3,4', '1.234.56']) {
      expect(parseThousands(bad), bad).toBeNull();
    }
  });

  it('gives back the pesos of any amount formatted with a decimal comma (and optional thousands dots)', () => {
    const format = (pesos: bigint, grouped: boolean): string => {
      const digits = (pesos < 0n ? -pesos : pesos).toString().padStart(4, '0');
      let int = digits.slice(0, -3).replace(/^0+(?=\d)/, '');
      if (grouped) int = int.replace(/\B(?=(\d{3})+$)/g, '.');
      return `${pesos < 0n ? '-' : ''}${int},${digits.slice(-3)}`;
    };
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.boolean(), (pesos, grouped) => {
        expect(parseThousands(format(pesos, grouped))).toBe(pesos);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parsePesos', () => {
  it('reads whole pesos and nothing else', () => {
    expect(parsePesos('-12345')).toBe(-12_345n);
    expect(parsePesos('0')).toBe(0n);
    expect(parsePesos('1.000')).toBeNull();
    expect(parsePesos('1,5')).toBeNull();
    expect(parsePesos('')).toBeNull();
  });
});
