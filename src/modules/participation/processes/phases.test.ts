import { describe, expect, it } from 'vitest';
import { activePhase, componentOpen, overlappingPhases, processState, type PhaseWindow } from './phases.js';
import { fromSantiagoLocal, toSantiagoLocal } from '../../../core/i18n/santiago-time.js';

const at = (iso: string) => new Date(iso);
const phase = (id: number, from: string, to: string, components: PhaseWindow['components'] = []): PhaseWindow =>
  ({ id, startsAt: at(from), endsAt: at(to), components });
// Information in March, proposals and debate in April, the vote in May (UTC instants).
const phases = [
  phase(1, '2027-03-01T03:00:00Z', '2027-04-01T03:00:00Z'),
  phase(2, '2027-04-01T03:00:00Z', '2027-05-01T04:00:00Z', ['proposals', 'debate']),
  phase(3, '2027-05-10T04:00:00Z', '2027-05-20T04:00:00Z', ['vote']),
];

describe('activePhase: the phase whose [start, end) holds now', () => {
  it('switches at the exact instant a phase ends and the next starts', () => {
    expect(activePhase(phases, at('2027-04-01T02:59:59.999Z'))?.id).toBe(1);
    expect(activePhase(phases, at('2027-04-01T03:00:00Z'))?.id).toBe(2);
  });
  it('is none before the first, in a gap between phases and once the last has ended', () => {
    expect(activePhase(phases, at('2027-02-28T00:00:00Z'))).toBeNull();
    expect(activePhase(phases, at('2027-05-05T00:00:00Z'))).toBeNull();
    expect(activePhase(phases, at('2027-05-20T04:00:00Z'))).toBeNull();
  });
});

describe('componentOpen: only while the active phase enables it', () => {
  it('opens proposals in April only, the vote in its own phase only', () => {
    expect(componentOpen(phases, 'proposals', at('2027-04-15T12:00:00Z'))).toBe(true);
    expect(componentOpen(phases, 'vote', at('2027-04-15T12:00:00Z'))).toBe(false);
    expect(componentOpen(phases, 'proposals', at('2027-03-15T12:00:00Z'))).toBe(false); // information phase
    expect(componentOpen(phases, 'vote', at('2027-05-15T12:00:00Z'))).toBe(true);
    expect(componentOpen(phases, 'proposals', at('2027-05-05T12:00:00Z'))).toBe(false); // gap
    expect(componentOpen([], 'debate', at('2027-04-15T12:00:00Z'))).toBe(false);
  });
});

describe('overlappingPhases', () => {
  it('accepts phases that touch (the end is exclusive) and any input order', () => {
    expect(overlappingPhases([phases[2]!, phases[0]!, phases[1]!])).toBeNull();
  });
  it('names the pair that overlaps, earlier first', () => {
    const late = phase(4, '2027-04-30T00:00:00Z', '2027-05-02T00:00:00Z');
    expect(overlappingPhases([late, ...phases])?.map((p) => p.id)).toEqual([2, 4]);
  });
  it('sees a phase held inside another', () => {
    const inner = phase(5, '2027-03-10T00:00:00Z', '2027-03-11T00:00:00Z');
    expect(overlappingPhases([...phases, inner])?.map((p) => p.id)).toEqual([1, 5]);
  });
});

describe('processState: by the span of the phases', () => {
  it('is upcoming, active (also in a gap) and finished', () => {
    expect(processState(phases, at('2027-01-01T00:00:00Z'))).toBe('upcoming');
    expect(processState(phases, at('2027-05-05T00:00:00Z'))).toBe('active');
    expect(processState(phases, at('2027-05-20T04:00:00Z'))).toBe('finished');
    expect(processState([], at('2027-05-05T00:00:00Z'))).toBe('upcoming');
  });
});

describe('Santiago wall-clock times', () => {
  it('reads summer (UTC-3) and winter (UTC-4) times and writes them back', () => {
    expect(fromSantiagoLocal('2027-01-15T09:00')?.toISOString()).toBe('2027-01-15T12:00:00.000Z');
    // Month 13 or 0 is no date (Date.UTC would roll it into the next or previous year).
    expect(fromSantiagoLocal('2026-13-01T18:00')).toBeNull();
    expect(fromSantiagoLocal('2026-00-10T18:00')).toBeNull();
    expect(fromSantiagoLocal('2027-07-15 09:00')?.toISOString()).toBe('2027-07-15T13:00:00.000Z');
    expect(toSantiagoLocal(at('2027-07-15T13:00:00Z'))).toBe('2027-07-15T09:00');
  });
  it('refuses what is not a date and time', () => {
    for (const bad of ['2027-02-30T09:00', '2027-01-15', '15-01-2027 09:00', '2027-01-15T24:00', 'mañana']) expect(fromSantiagoLocal(bad)).toBeNull();
  });
});
