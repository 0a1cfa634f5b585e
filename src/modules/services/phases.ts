// The phases of a digital public service (issue 10 point 1), after beta.gouv.fr's: investigación (understand the
// users' problem without presupposing a digital solution), construcción (a first version in users' hands),
// aceleración (growing use), consolidación (the service proves its impact and settles), then transferido (another
// body runs it) or operado (the institution runs it for good); a service can be abandonado at any step, and an
// investigation can end without follow-up (investigación sin continuación). A phase is a dated event; the current
// phase is the one with the latest start. The rules are data: which phase may follow which (NEXT), as a pure check of
// the whole dated sequence, so a history entered in any order is valid or not regardless of the order it was typed.
export const PHASES = [
  'investigacion', 'construccion', 'aceleracion', 'consolidacion', 'transferido', 'operado', 'abandonado', 'investigacion_sin_continuacion',
] as const;
export type Phase = (typeof PHASES)[number];

/** Nothing follows these: the service is over. */
export const FINAL_PHASES = ['abandonado', 'investigacion_sin_continuacion'] as const satisfies readonly Phase[];

/** Phases of the incubation itself: a milestone review falls due every six months while the service is in one of them. */
export const INCUBATION_PHASES = ['investigacion', 'construccion', 'aceleracion', 'consolidacion'] as const satisfies readonly Phase[];

/** A service is "launched" the day it enters construcción (the programme's yearly count, point 4). */
export const LAUNCH_PHASE: Phase = 'construccion';

/**
 * Which phase may follow which. A pivot may take a service in construcción or aceleración back to investigación;
 * a transferred service may end up operated by the institution again; any live service may be abandoned.
 */
const NEXT: Record<Phase, readonly Phase[]> = {
  investigacion: ['construccion', 'investigacion_sin_continuacion', 'abandonado'],
  construccion: ['aceleracion', 'investigacion', 'abandonado'],
  aceleracion: ['consolidacion', 'investigacion', 'abandonado'],
  consolidacion: ['transferido', 'operado', 'abandonado'],
  transferido: ['operado', 'abandonado'],
  operado: ['transferido', 'abandonado'],
  abandonado: [],
  investigacion_sin_continuacion: [],
};

/** The phases a service may enter after `phase`. */
export const nextPhases = (phase: Phase): readonly Phase[] => NEXT[phase];

export const isFinalPhase = (phase: Phase) => (FINAL_PHASES as readonly Phase[]).includes(phase);
export const isIncubationPhase = (phase: Phase) => (INCUBATION_PHASES as readonly Phase[]).includes(phase);

export interface DatedPhase { phase: Phase; startedOn: string }

/** The phase with the latest start (dates 'YYYY-MM-DD'; two phases never start the same day); null without phases. */
export function currentPhase<T extends DatedPhase>(phases: readonly T[]): T | null {
  let latest: T | null = null;
  for (const p of phases) if (!latest || p.startedOn > latest.startedOn) latest = p;
  return latest;
}

export type PhaseProblem =
  | { problem: 'empty' }
  | { problem: 'first'; phase: Phase }
  | { problem: 'same_day'; startedOn: string }
  | { problem: 'transition'; from: Phase; to: Phase; startedOn: string };

/**
 * Checks a service's whole phase history: it starts with investigación (every service starts from the users'
 * problem) — or construcción, for a service registered after an investigation done elsewhere —, no two phases start
 * the same day, and each phase may follow the one before it (NEXT). Returns the first problem found, or null.
 */
export function checkPhaseSequence(phases: readonly DatedPhase[]): PhaseProblem | null {
  if (phases.length === 0) return { problem: 'empty' };
  const sorted = [...phases].sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
  const first = sorted[0]!;
  if (first.phase !== 'investigacion' && first.phase !== 'construccion') return { problem: 'first', phase: first.phase };
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.startedOn === prev.startedOn) return { problem: 'same_day', startedOn: cur.startedOn };
    if (!NEXT[prev.phase].includes(cur.phase)) return { problem: 'transition', from: prev.phase, to: cur.phase, startedOn: cur.startedOn };
  }
  return null;
}
