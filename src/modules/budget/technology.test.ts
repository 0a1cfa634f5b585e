import { describe, expect, it } from 'vitest';
import { isTechnologyRuleCode, technologyMatcher } from './technology.js';
import { code } from './synthetic.js';

/** The seeded rule set (SOURCES.md, migration budget). */
const RULES = ['29.06', '29.07', '22.04.009', '22.05.007', '22.05.008', '22.06.007', '22.09.006', '22.11.003'].map((c) => ({ code: c }));
const isTechnology = technologyMatcher(RULES);
const at = (dotted: string) => isTechnology(code(`07.01.01.${dotted}`));

describe('technologyMatcher', () => {
  it('matches an ítem rule at the ítem and every asignación under it, as the Ley shows 29.06 and 29.07', () => {
    expect(at('29.06')).toBe(true);
    expect(at('29.06.001')).toBe(true);
    expect(at('29.07.002')).toBe(true);
    expect(at('29.05')).toBe(false);
    expect(at('29.04.006')).toBe(false);
  });

  it('matches an asignación rule only at that asignación, never at the coarser totals around it', () => {
    expect(at('22.11.003')).toBe(true);
    expect(at('22.11.002')).toBe(false);
    expect(at('22.11')).toBe(false);
    expect(at('22')).toBe(false);
    expect(at('29')).toBe(false);
  });

  it('compares levels as numbers, whatever the padding', () => {
    expect(at('29.6.1')).toBe(true);
    expect(technologyMatcher([{ code: '22.5.7' }])(code('01.01.01.22.05.007'))).toBe(true);
  });

  it('matches nothing without rules and refuses a malformed rule code', () => {
    expect(technologyMatcher([])(code('01.01.01.29.06'))).toBe(false);
    expect(isTechnologyRuleCode('29.06')).toBe(true);
    expect(isTechnologyRuleCode('215.22.11.003')).toBe(false);
    expect(() => technologyMatcher([{ code: '29-06' }])).toThrow('not a technology rule code: "29-06"');
  });
});
