// Which phase of a process is active and what it enables, as pure functions of the phases and the clock, so the
// switch from one phase to the next needs no job: a write in a component is allowed when the phase active at the
// moment of the write enables it (the commands of consultations, proposals, debate and votes ask `componentOpen`).
import type { Component } from './schema.js';

export interface PhaseWindow {
  id: number;
  startsAt: Date;
  endsAt: Date;
  components: readonly Component[];
}

/** The phase whose [startsAt, endsAt) holds `now`; phases never overlap, so there is at most one. */
export function activePhase<P extends PhaseWindow>(phases: readonly P[], now: Date): P | null {
  const t = now.getTime();
  return phases.find((p) => p.startsAt.getTime() <= t && t < p.endsAt.getTime()) ?? null;
}

export function componentOpen(phases: readonly PhaseWindow[], component: Component, now: Date): boolean {
  return activePhase(phases, now)?.components.includes(component) ?? false;
}

/** The first pair of phases that overlap in time, if any (phases must follow one another). */
export function overlappingPhases<P extends PhaseWindow>(phases: readonly P[]): [P, P] | null {
  const sorted = [...phases].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.startsAt.getTime() < sorted[i - 1]!.endsAt.getTime()) return [sorted[i - 1]!, sorted[i]!];
  }
  return null;
}

export const PROCESS_STATES = ['upcoming', 'active', 'finished'] as const;
export type ProcessState = (typeof PROCESS_STATES)[number];

/**
 * Where a process stands, from the span of its phases: upcoming before the first starts, finished once the last has
 * ended, active in between (also in a gap between two phases, when nothing is open but the process goes on).
 * The list filter (queries.ts) applies the same rule in SQL.
 */
export function processState(phases: readonly PhaseWindow[], now: Date): ProcessState {
  const t = now.getTime();
  if (phases.length === 0 || phases.every((p) => t < p.startsAt.getTime())) return 'upcoming';
  return phases.every((p) => p.endsAt.getTime() <= t) ? 'finished' : 'active';
}

/** The state of a process known only by the first start and the last end of its phases (list rows). */
export const stateOfSpan = (startsAt: Date | null, endsAt: Date | null, now: Date): ProcessState =>
  processState(startsAt && endsAt ? [{ id: 0, startsAt, endsAt, components: [] }] : [], now);
