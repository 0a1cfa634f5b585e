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
