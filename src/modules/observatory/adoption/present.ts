// The public JSON of the tracker (explicit fields: never who recorded a row, by id or email): the regional dashboard's
// figures with the municipality × platform matrix, and one municipality's history. Paths of the pages, in one place.
import { Type, type Static } from '@sinclair/typebox';
import { ADOPTION_STATUSES, PLATFORMS } from '../pillars.js';
import type { Dashboard } from './dashboard.js';
import type { AdoptionEvent } from './queries.js';

export const adoptionPath = (regionCode?: string) => (regionCode ? `/observatorio/adopcion/${regionCode}` : '/observatorio/adopcion');
export const recordPath = (regionCode: string, cut: string) => `${adoptionPath(regionCode)}/municipios/${cut}`;

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Status = literals(ADOPTION_STATUSES);
const ByStatus = Type.Object(Object.fromEntries(ADOPTION_STATUSES.map((s) => [s, Type.Integer()])));
const ByPlatform = <T extends Parameters<typeof Type.Object>[0][string]>(t: T) => Type.Object(Object.fromEntries(PLATFORMS.map((p) => [p, t])));
const Day = Type.String({ format: 'date' });

export const DashboardJson = Type.Object({
  region: Type.Object({ code: Type.String(), name: Type.String(), regionalGovernment: Type.String() }),
  asOf: Day, municipalities: Type.Integer(), tracked: Type.Integer({ description: 'Municipalities with at least one status recorded' }),
  platforms: Type.Array(Type.Object({
    platform: literals(PLATFORMS), keyStage: Status,
    exactly: ByStatus, atLeast: Type.Intersect([ByStatus], { description: 'Municipalities at this stage or a later one' }),
  })),
  trend: Type.Array(Type.Object({ quarter: Type.String({ examples: ['2024-T3'] }), day: Day, counts: ByPlatform(Type.Integer()) }),
    { description: 'Per quarter, municipalities at each platform\'s key stage or beyond at its end (the current quarter: today)' }),
  matrix: Type.Array(Type.Object({
    cut: Type.String(), name: Type.String(), statuses: ByPlatform(Status), since: ByPlatform(Type.Union([Day, Type.Null()])),
    enabledPlatforms: Type.Integer({ minimum: 0, maximum: 4 }), illustrative: Type.Boolean(), url: Type.String(),
  })),
  workshops: Type.Object({ count: Type.Integer(), attendees: Type.Integer(), municipalitiesReached: Type.Integer() }),
  visits: Type.Object({
    count: Type.Integer(), answers: Type.Integer(), positive: Type.Integer({ description: 'Answers of 5, 6 or 7 on the 1–7 scale' }),
    positiveShare: Type.Union([Type.Number(), Type.Null()]), mean: Type.Union([Type.Number(), Type.Null()]),
  }),
  illustrative: Type.Boolean({ description: 'True when some rows were invented for the demo (only the published totals are real)' }),
});

export function presentDashboard(d: Dashboard): Static<typeof DashboardJson> {
  return {
    region: d.region, asOf: d.asOf, municipalities: d.municipalities, tracked: d.tracked,
    platforms: d.platforms.map((p) => ({ platform: p.platform, keyStage: p.keyStage, exactly: p.exactly, atLeast: p.atLeast })),
    trend: d.trend.map((t) => ({ quarter: t.quarter, day: t.day, counts: t.counts })),
    matrix: d.matrix.map((m) => ({ cut: m.cut, name: m.name, statuses: m.statuses, since: m.since, enabledPlatforms: m.enabledPlatforms, illustrative: m.illustrative,
      url: recordPath(d.region.code, m.cut) })),
    workshops: d.workshops, visits: d.visits, illustrative: d.illustrative,
  };
}

export const EventJson = Type.Object({
  id: Type.Integer(), cut: Type.String(), platform: literals(PLATFORMS), status: Status, effectiveOn: Day, evidence: Type.String(),
  evidenceUrl: Type.Union([Type.String(), Type.Null()]), illustrative: Type.Boolean(), recordedAt: Type.String({ format: 'date-time' }),
});

export const presentEvent = (e: AdoptionEvent): Static<typeof EventJson> => ({
  id: e.id, cut: e.cut, platform: e.platform, status: e.status, effectiveOn: e.effectiveOn, evidence: e.evidence, evidenceUrl: e.evidenceUrl,
  illustrative: e.illustrative, recordedAt: e.recordedAt.toISOString(),
});
