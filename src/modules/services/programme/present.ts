// The programme's public JSON (GET /api/v1/services/programme) and CSV (/servicios/programa.csv): counts only, an
// explicit field list (DESIGN.md convention 5); incubators by slug and regions by CUT code, as the filters take them.
import { Type, type Static } from '@sinclair/typebox';
import { PHASES } from '../phases.js';
import type { ProgrammeFigures, YearFigures } from './figures.js';
import type { Programme, ProgrammeFilter } from './queries.js';

const Count = Type.Integer({ minimum: 0 });
const PhaseCountsJson = Type.Object(Object.fromEntries(PHASES.map((p) => [p, Count])), { description: 'Services per phase' });
const YearJson = Type.Object({
  year: Type.Integer(),
  launched: Type.Integer({ minimum: 0, description: 'Services whose first construcción phase started this year' }),
  nationalImpact: Type.Integer({ minimum: 0, description: 'Services whose first review recording national impact was held this year' }),
  abandoned: Type.Integer({ minimum: 0, description: 'Services that entered abandonado this year' }),
  endedWithoutFollowUp: Type.Integer({ minimum: 0, description: 'Services that entered investigación sin continuación this year' }),
  phases: Type.Object(PhaseCountsJson.properties, { description: 'Services per phase at 31 December (the current year: at asOf)' }),
});
const Totals = {
  services: Type.Integer({ minimum: 0, description: 'Services with a phase started by asOf' }),
  live: Type.Integer({ minimum: 0, description: 'Of those, the ones not ended (abandonado, investigación sin continuación)' }),
  launched: Count, nationalImpact: Count, abandoned: Count, endedWithoutFollowUp: Count,
  perPhase: PhaseCountsJson,
  years: Type.Array(YearJson),
};
export const ProgrammeJson = Type.Object({
  asOf: Type.String({ format: 'date', description: 'The Santiago day the figures are counted at' }),
  filters: Type.Object({ incubator: Type.Union([Type.String(), Type.Null()]), region: Type.Union([Type.String(), Type.Null()]) }),
  ...Totals,
  perIncubator: Type.Array(Type.Object({
    slug: Type.String(), name: Type.String(), region: Type.String({ description: "Region CUT code, or 'nacional'" }), ...Totals,
  })),
  perRegion: Type.Array(Type.Object({
    code: Type.String({ description: "Region CUT code, or 'nacional' (national bodies' incubators)" }), name: Type.Union([Type.String(), Type.Null()]), ...Totals,
  })),
});
export type ProgrammeJson = Static<typeof ProgrammeJson>;

const presentYear = (y: YearFigures) => ({
  year: y.year, launched: y.launched, nationalImpact: y.nationalImpact, abandoned: y.abandoned, endedWithoutFollowUp: y.endedWithoutFollowUp, phases: { ...y.phases },
});
const presentFigures = (f: ProgrammeFigures) => ({
  services: f.services, live: f.live, launched: f.launched, nationalImpact: f.nationalImpact, abandoned: f.abandoned,
  endedWithoutFollowUp: f.endedWithoutFollowUp, perPhase: { ...f.perPhase }, years: f.years.map(presentYear),
});

export function presentProgramme(p: Programme, filter: ProgrammeFilter): ProgrammeJson {
  return {
    asOf: p.figures.asOf,
    filters: { incubator: filter.incubator ?? null, region: filter.region ?? null },
    ...presentFigures(p.figures),
    perIncubator: p.perIncubator.map((i) => ({ slug: i.slug, name: i.name, region: i.regionKey, ...presentFigures(i.figures) })),
    perRegion: p.perRegion.map((r) => ({ code: r.key, name: r.name, ...presentFigures(r.figures) })),
  };
}

/** The CSV: one row per year and grouping (the programme's total, then each incubator, then each region). */
export const PROGRAMME_COLUMNS = ['grouping', 'key', 'name', 'year', 'launched', 'nationalImpact', 'abandoned', 'endedWithoutFollowUp', ...PHASES.map((p) => `phases.${p}`)];

export async function* iterateProgrammeRows(p: Programme) {
  const rows = (grouping: string, key: string, name: string | null, f: ProgrammeFigures) =>
    f.years.map((y) => ({ grouping, key, name, ...presentYear(y) }));
  yield* rows('total', '', null, p.figures);
  for (const i of p.perIncubator) yield* rows('incubator', i.slug, i.name, i.figures);
  for (const r of p.perRegion) yield* rows('region', r.key, r.name, r.figures);
}
