// The incubator programme's figures (issue 10 point 4), computed from each service's dated phases and the dates of
// its milestone reviews that recorded national impact. beta.gouv.fr follows its programme by the same kind of counts
// (services per phase, services reaching national impact per year); the definitions here are the page's, word for word:
//
// - Per phase: each service's current phase (../phases.ts currentPhase: the latest start) as of a day (today in
//   Santiago by default). A service with no phase started by then is not registered yet and is not counted.
// - History: the same count at 31 December of each year, from the year of the first phase recorded to the year of
//   the day asked (that year counts as of the day, not its 31 December, which has not come yet).
// - Launched in year Y: the service's first construcción phase (LAUNCH_PHASE) started in Y. A service that pivots
//   back to investigación and builds again is launched once, the first time; one registered directly in construcción
//   is launched the year of that phase.
// - National impact in year Y: its first milestone review recording national impact was held in Y.
// - Abandoned in year Y: it entered abandonado in Y; ended without follow-up: it entered investigación sin
//   continuación in Y. Both end a service (FINAL_PHASES) and are shown apart.
// Phases and reviews are Santiago calendar days ('YYYY-MM-DD', DESIGN.md convention 9), so a year is its first four
// characters and no time zone is involved here; anything dated after the day asked is ignored. Pure: no database.
import { FINAL_PHASES, LAUNCH_PHASE, PHASES, currentPhase, type DatedPhase, type Phase } from '../phases.js';

export type PhaseCounts = Record<Phase, number>;

/** What the figures need of one service: its phases (any order) and the days reviews recorded its national impact. */
export interface ProgrammeService {
  id: number;
  phases: readonly DatedPhase[];
  nationalImpactOn: readonly string[];
}

/** The events of a year and the services per phase at its end. */
export interface YearFigures {
  year: number;
  launched: number;
  nationalImpact: number;
  abandoned: number;
  endedWithoutFollowUp: number;
  /** Services per phase at 31 December (the year of `asOf`: at `asOf`). */
  phases: PhaseCounts;
}

export interface ProgrammeFigures {
  asOf: string;
  /** Services registered (with a phase started) by `asOf`. */
  services: number;
  /** Of those, the ones not ended (current phase not abandonado nor investigación sin continuación). */
  live: number;
  perPhase: PhaseCounts;
  /** Totals to `asOf`: services launched, reaching national impact, abandoned, ended without follow-up. */
  launched: number;
  nationalImpact: number;
  abandoned: number;
  endedWithoutFollowUp: number;
  /** Oldest first, every year from the first phase recorded to `asOf`'s, also years with nothing happening. */
  years: YearFigures[];
}

const FINAL: readonly Phase[] = FINAL_PHASES;
export const emptyPhaseCounts = (): PhaseCounts => Object.fromEntries(PHASES.map((p) => [p, 0])) as PhaseCounts;
const yearOf = (day: string) => Number(day.slice(0, 4));
const firstOf = (phases: readonly DatedPhase[], phase: Phase) => phases.find((p) => p.phase === phase)?.startedOn ?? null;

/** The programme's figures of `services` as of the Santiago day `asOf`. */
export function computeFigures(services: readonly ProgrammeService[], asOf: string): ProgrammeFigures {
  const lastYear = yearOf(asOf);
  const known = services
    .map((s) => ({ ...s, phases: s.phases.filter((p) => p.startedOn <= asOf).sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1)) }))
    .filter((s) => s.phases.length > 0);
  const firstYear = Math.min(lastYear, ...known.map((s) => yearOf(s.phases[0]!.startedOn)));
  const years: YearFigures[] = [];
  if (known.length > 0) {
    for (let year = firstYear; year <= lastYear; year++) {
      years.push({ year, launched: 0, nationalImpact: 0, abandoned: 0, endedWithoutFollowUp: 0, phases: emptyPhaseCounts() });
    }
  }
  const inYear = (day: string | null) => (day === null ? undefined : years[yearOf(day) - firstYear]);
  const figures: ProgrammeFigures = {
    asOf, services: known.length, live: 0, perPhase: emptyPhaseCounts(), launched: 0, nationalImpact: 0, abandoned: 0, endedWithoutFollowUp: 0, years,
  };

  for (const s of known) {
    const current = currentPhase(s.phases)!.phase;
    figures.perPhase[current]++;
    if (!FINAL.includes(current)) figures.live++;

    const events = {
      launched: firstOf(s.phases, LAUNCH_PHASE),
      nationalImpact: s.nationalImpactOn.filter((d) => d <= asOf).sort()[0] ?? null,
      abandoned: firstOf(s.phases, 'abandonado'),
      endedWithoutFollowUp: firstOf(s.phases, 'investigacion_sin_continuacion'),
    };
    for (const key of ['launched', 'nationalImpact', 'abandoned', 'endedWithoutFollowUp'] as const) {
      const row = inYear(events[key]);
      if (!row) continue;
      row[key]++;
      figures[key]++;
    }

    // Walk the sorted phases once, year by year: the phase a service was in at each year's end.
    let i = -1;
    for (const row of years) {
      const end = row.year === lastYear ? asOf : `${row.year}-12-31`;
      while (i + 1 < s.phases.length && s.phases[i + 1]!.startedOn <= end) i++;
      if (i >= 0) row.phases[s.phases[i]!.phase]++;
    }
  }
  return figures;
}

/**
 * The figures of each group (an incubator, a region): every group listed gets its figures, a group without services
 * too (all zero), in the order given.
 */
export function computeGroupFigures<G extends { key: string }, S extends ProgrammeService>(
  groups: readonly G[], services: readonly S[], keyOf: (service: S) => string, asOf: string,
): Array<G & { figures: ProgrammeFigures }> {
  const byKey = new Map<string, S[]>();
  for (const s of services) {
    const key = keyOf(s);
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  return groups.map((g) => ({ ...g, figures: computeFigures(byKey.get(g.key) ?? [], asOf) }));
}

/** Services launched in `year` (0 for a year outside the figures). */
export const launchedIn = (f: ProgrammeFigures, year: number) => f.years.find((y) => y.year === year)?.launched ?? 0;
