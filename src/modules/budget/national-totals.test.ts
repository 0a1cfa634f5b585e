import { describe, expect, it } from 'vitest';
import { isAporteFiscalTransfer, nationalGastoTotal } from './national-totals.js';
import { code, tinyNationalBudget } from './synthetic.js';

const TINY_NATIONAL_BUDGET = tinyNationalBudget().facts;

describe('national gasto totals', () => {
  it('leave out only subtítulos 27 and 28 of partida 50', () => {
    expect(isAporteFiscalTransfer(code('50.01.05.27'))).toBe(true);
    expect(isAporteFiscalTransfer(code('50.01.04.28.01'))).toBe(true);
    expect(isAporteFiscalTransfer(code('50.01.03.24'))).toBe(false);
    expect(isAporteFiscalTransfer(code('07.01.01.27'))).toBe(false);
  });

  it('count each peso once, in pesos only, ingresos aside', () => {
    expect(nationalGastoTotal(TINY_NATIONAL_BUDGET, 'inicial')).toBe(5n + 80n + 30n + 1000n);
    expect(nationalGastoTotal(TINY_NATIONAL_BUDGET, 'ejecutado')).toBe(0n);
  });
});
