// The phase rules as data (phases.ts): every transition of the table, allowed or refused, checked through the whole
// dated sequence; the first phase; one phase a day; a valid history typed in any order; the final phases; and the
// current phase (the latest start, whatever order the rows come in).
import { describe, expect, it } from 'vitest';
import { PHASES, checkPhaseSequence, currentPhase, isFinalPhase, nextPhases, type Phase } from './phases.js';

// The table written out by hand from the programme's rules (beta.gouv.fr's phases, issue 10): what may follow what.
const ALLOWED: Record<Phase, Phase[]> = {
  investigacion: ['construccion', 'investigacion_sin_continuacion', 'abandonado'],
  construccion: ['aceleracion', 'investigacion', 'abandonado'],
  aceleracion: ['consolidacion', 'investigacion', 'abandonado'],
  consolidacion: ['transferido', 'operado', 'abandonado'],
  transferido: ['operado', 'abandonado'],
  operado: ['transferido', 'abandonado'],
  abandonado: [],
  investigacion_sin_continuacion: [],
};
/** A valid history ending in `phase` (dated a month apart from 2024-01), to test what may follow it. */
const PATH_TO: Record<Phase, Phase[]> = {
  investigacion: ['investigacion'],
  construccion: ['investigacion', 'construccion'],
  aceleracion: ['investigacion', 'construccion', 'aceleracion'],
  consolidacion: ['investigacion', 'construccion', 'aceleracion', 'consolidacion'],
  transferido: ['investigacion', 'construccion', 'aceleracion', 'consolidacion', 'transferido'],
  operado: ['investigacion', 'construccion', 'aceleracion', 'consolidacion', 'operado'],
  abandonado: ['investigacion', 'abandonado'],
  investigacion_sin_continuacion: ['investigacion', 'investigacion_sin_continuacion'],
};
const dated = (phases: Phase[]) => phases.map((phase, i) => ({ phase, startedOn: `2024-${String(i + 1).padStart(2, '0')}-01` }));

describe('which phase may follow which', () => {
  const cases = PHASES.flatMap((from) => PHASES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));
  it('has 64 pairs, 16 allowed', () => {
    expect(cases).toHaveLength(64);
    expect(cases.filter(([, , ok]) => ok)).toHaveLength(16);
  });

  it.each(cases)('%s → %s allowed: %s', (from, to, ok) => {
    expect(nextPhases(from).includes(to)).toBe(ok);
    const history = dated([...PATH_TO[from], to]);
    expect(checkPhaseSequence(history)).toEqual(ok ? null : { problem: 'transition', from, to, startedOn: history.at(-1)!.startedOn });
  });

  it('nothing follows the final phases, and only they are final', () => {
    for (const p of PHASES) expect(isFinalPhase(p), p).toBe(p === 'abandonado' || p === 'investigacion_sin_continuacion');
    expect(nextPhases('abandonado')).toEqual([]);
    expect(nextPhases('investigacion_sin_continuacion')).toEqual([]);
  });
});

describe('a whole history', () => {
  it('must not be empty', () => expect(checkPhaseSequence([])).toEqual({ problem: 'empty' }));

  it.each(PHASES.map((p) => [p, p === 'investigacion' || p === 'construccion'] as const))('may start with %s: %s', (phase, ok) => {
    expect(checkPhaseSequence([{ phase, startedOn: '2025-05-05' }])).toEqual(ok ? null : { problem: 'first', phase });
  });

  it('refuses two phases the same day, even an allowed pair', () => {
    expect(checkPhaseSequence([{ phase: 'investigacion', startedOn: '2025-05-05' }, { phase: 'construccion', startedOn: '2025-05-05' }]))
      .toEqual({ problem: 'same_day', startedOn: '2025-05-05' });
  });

  it('judges a history by its dates, not the order it was typed', () => {
    const typed = [
      { phase: 'aceleracion' as const, startedOn: '2025-11-03' }, { phase: 'investigacion' as const, startedOn: '2024-09-02' },
      { phase: 'construccion' as const, startedOn: '2025-03-03' },
    ];
    expect(checkPhaseSequence(typed)).toBeNull();
    // The same phases with construcción dated after aceleración: investigación → aceleración is a jump.
    expect(checkPhaseSequence([typed[0]!, typed[1]!, { phase: 'construccion', startedOn: '2025-12-01' }]))
      .toEqual({ problem: 'transition', from: 'investigacion', to: 'aceleracion', startedOn: '2025-11-03' });
  });

  it('accepts a pivot back to investigación and a second construcción', () => {
    expect(checkPhaseSequence(dated(['investigacion', 'construccion', 'investigacion', 'construccion', 'aceleracion']))).toBeNull();
  });

  it('refuses anything after an ending, even dated much later', () => {
    expect(checkPhaseSequence([...dated(['investigacion', 'abandonado']), { phase: 'investigacion', startedOn: '2026-01-01' }]))
      .toEqual({ problem: 'transition', from: 'abandonado', to: 'investigacion', startedOn: '2026-01-01' });
  });
});

describe('the current phase', () => {
  it('is the one with the latest start, whatever the order of the rows', () => {
    const rows = [
      { id: 3, phase: 'aceleracion' as const, startedOn: '2025-11-03' }, { id: 1, phase: 'investigacion' as const, startedOn: '2024-09-02' },
      { id: 2, phase: 'construccion' as const, startedOn: '2025-03-03' },
    ];
    expect(currentPhase(rows)?.id).toBe(3);
    expect(currentPhase([...rows].reverse())?.id).toBe(3);
    // Entered later but dated earlier: a correction of the past does not become the current phase.
    expect(currentPhase([...rows, { id: 4, phase: 'investigacion' as const, startedOn: '2024-01-15' }])?.id).toBe(3);
  });

  it('compares days across months and years as dates', () => {
    expect(currentPhase([{ phase: 'investigacion', startedOn: '2025-12-31' }, { phase: 'construccion', startedOn: '2026-01-01' }])?.phase).toBe('construccion');
    expect(currentPhase([{ phase: 'investigacion', startedOn: '2025-09-30' }, { phase: 'construccion', startedOn: '2025-10-01' }])?.phase).toBe('construccion');
  });

  it('is null without phases', () => expect(currentPhase([])).toBeNull());
});
