import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDv, formatRun, hashRun, maskRun, MAX_NUMERO, normaliseRun, parseRun, type Run } from './run.js';

const numeros = fc.integer({ min: 1, max: MAX_NUMERO });
const runs = numeros.map((numero): Run => ({ numero, dv: computeDv(numero) }));
const DVS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'K'] as const;

describe('computeDv', () => {
  it('gives the check digits printed on real cédulas, including 0 (11) and K (10)', () => {
    expect(computeDv(12345678)).toBe('5');
    expect(computeDv(11111111)).toBe('1');
    expect(computeDv(22222222)).toBe('2');
    expect(computeDv(1000013)).toBe('0');
    expect(computeDv(6)).toBe('K');
  });

  it('detects any one changed digit of the number', () => {
    fc.assert(fc.property(numeros, fc.nat(), fc.integer({ min: 1, max: 9 }), (numero, at, delta) => {
      const digits = String(numero).split('');
      const i = at % digits.length;
      digits[i] = String((Number(digits[i]) + delta) % 10);
      const changed = Number(digits.join(''));
      // A first digit turned into 0 gives a shorter number, still a different one: detected all the same.
      expect(parseRun(`${changed}-${computeDv(numero)}`).ok).toBe(false);
    }), { numRuns: 5000 });
  });

  it('detects any swap of two adjacent different digits', () => {
    fc.assert(fc.property(numeros.filter((n) => n >= 10), fc.nat(), (numero, at) => {
      const digits = String(numero).split('');
      const i = at % (digits.length - 1);
      fc.pre(digits[i] !== digits[i + 1]);
      [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
      expect(parseRun(`${Number(digits.join(''))}-${computeDv(numero)}`).ok).toBe(false);
    }), { numRuns: 5000 });
  });
});

describe('parseRun', () => {
  it('accepts every way people write the same RUN', () => {
    const expected = { ok: true, run: { numero: 12345678, dv: '5' } };
    for (const typed of ['12.345.678-5', '12345678-5', '123456785', ' 12 345 678 - 5 ', '12.345.6785']) {
      expect(parseRun(typed), typed).toEqual(expected);
    }
    expect(parseRun('6-k')).toEqual({ ok: true, run: { numero: 6, dv: 'K' } });
    expect(parseRun('1.000.013-0')).toEqual({ ok: true, run: { numero: 1000013, dv: '0' } });
  });

  it('round-trips computeDv for every number, in every written form', () => {
    fc.assert(fc.property(runs, (run) => {
      const expected = { ok: true, run };
      expect(parseRun(normaliseRun(run))).toEqual(expected);
      expect(parseRun(formatRun(run))).toEqual(expected);
      expect(parseRun(`${run.numero}${run.dv.toLowerCase()}`)).toEqual(expected);
    }), { numRuns: 10_000 });
  });

  it('says the check digit is wrong for every other check digit', () => {
    fc.assert(fc.property(runs, fc.constantFrom(...DVS), (run, dv) => {
      fc.pre(dv !== run.dv);
      expect(parseRun(formatRun({ ...run, dv }))).toEqual({ ok: false, error: 'check_digit' });
    }));
  });

  it('says the format is wrong for what is not a RUN', () => {
    for (const typed of ['', '-', 'K', '12345678-', '12.34.5678-5', '1.2345678-5', '12,345,678-5', '12345678-55', '12345678-X',
      '0-0', '000-0', '100000000-4', 'RUN 12345678-5', '12345678_5']) {
      expect(parseRun(typed), JSON.stringify(typed)).toEqual({ ok: false, error: 'format' });
    }
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (typed) => {
      const result = parseRun(typed);
      if (result.ok) expect(computeDv(result.run.numero)).toBe(result.run.dv);
    }));
  });
});

describe('showing and storing', () => {
  it('formats with thousands dots and normalises without them, K upper-case', () => {
    expect(formatRun({ numero: 12345678, dv: '5' })).toBe('12.345.678-5');
    expect(formatRun({ numero: 6, dv: 'K' })).toBe('6-K');
    expect(normaliseRun({ numero: 12345678, dv: '5' })).toBe('12345678-5');
  });

  it('masks the last three digits and the check digit', () => {
    expect(maskRun({ numero: 12345678, dv: '5' })).toBe('12.345.***-*');
    expect(maskRun({ numero: 1234567, dv: '4' })).toBe('1.234.***-*');
    fc.assert(fc.property(runs, (run) => {
      const masked = maskRun(run);
      expect(masked).toMatch(/^(\d{1,3}(\.\d{3})*\.)?\*\*\*-\*$/);
      expect(formatRun(run).startsWith(masked.slice(0, -5))).toBe(true);
    }));
  });

  it('hashes with a key: the same RUN however typed gives one hash, another key another hash', () => {
    const key = Buffer.alloc(32, 1);
    const a = parseRun('12.345.678-5');
    const b = parseRun('123456785');
    if (!a.ok || !b.ok) throw new Error('valid RUNs');
    expect(hashRun(a.run, key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRun(a.run, key)).toBe(hashRun(b.run, key));
    expect(hashRun(a.run, Buffer.alloc(32, 2))).not.toBe(hashRun(a.run, key));
  });
});
