// The public JSON of the reviews area (explicit fields: never who recorded a review), and the paths of its pages.
import { Type, type Static } from '@sinclair/typebox';
import { PHASES } from '../phases.js';
import { DECISIONS, type EvidenceIndicator } from './schema.js';
import type { ReviewSchedule } from './schedule.js';
import type { DueReview, ReviewRow } from './queries.js';

export const reviewsPath = (slug: string) => `/servicios/${slug}/revisiones`;
export const newReviewPath = (slug: string) => `${reviewsPath(slug)}/nueva`;
export const DUE_PATH = '/servicios/revisiones';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Day = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const IndicatorJson = Type.Object({
  code: Type.String(), name: Type.String(), unit: Type.String(), direction: literals(['up', 'down'] as const),
  month: Nullable(Type.String({ description: "'YYYY-MM' of the latest value up to the review's month" })),
  value: Nullable(Type.Number()), target: Nullable(Type.Number({ description: 'The target then applying (impact/snapshot.ts)' })),
});

export const ReviewJson = Type.Object({
  id: Type.Integer(), dueOn: Day, heldOn: Day, phase: literals(PHASES), decision: literals(DECISIONS),
  evidence: Type.String({ description: "The team's account" }), reasons: Type.String({ description: "The committee's reasons" }),
  nationalImpact: Type.Boolean(), indicators: Type.Array(IndicatorJson, { description: 'Frozen when the review was recorded' }),
  recordedAt: Type.String({ format: 'date-time' }),
});

export const ScheduleJson = Type.Object({
  due: Type.Boolean({ description: 'False once the service left incubation (or has no phases)' }),
  dueOn: Nullable(Day), overdue: Type.Boolean(),
  from: Nullable(literals(['review', 'start'] as const)), fromDate: Nullable(Day),
  nominalOn: Nullable(Type.Intersect([Day], { description: 'Six calendar months after fromDate, before moving off inhábil days' })),
  skipped: Type.Array(Type.Object({ date: Day, reason: literals(['weekend', 'holiday'] as const), name: Type.Optional(Type.String()) })),
  reason: Nullable(literals(['not_incubating', 'no_phases'] as const)),
});

export const DueJson = Type.Object({
  service: Type.Object({ slug: Type.String(), title: Type.String(), url: Type.String() }),
  incubator: Type.Object({ slug: Type.String(), name: Type.String() }),
  phase: literals(PHASES), dueOn: Day, overdue: Type.Boolean(), daysOverdue: Type.Integer({ minimum: 0 }),
});

export const presentIndicator = (i: EvidenceIndicator): Static<typeof IndicatorJson> =>
  ({ code: i.code, name: i.name, unit: i.unit, direction: i.direction, month: i.month, value: i.value, target: i.target });

export const presentReview = (r: ReviewRow): Static<typeof ReviewJson> => ({
  id: r.id, dueOn: r.dueOn, heldOn: r.heldOn, phase: r.phase, decision: r.decision, evidence: r.evidence, reasons: r.reasons,
  nationalImpact: r.nationalImpact, indicators: r.indicators.map(presentIndicator), recordedAt: r.recordedAt.toISOString(),
});

export function presentSchedule(s: ReviewSchedule, overdue: boolean): Static<typeof ScheduleJson> {
  if (!s.due) return { due: false, dueOn: null, overdue: false, from: null, fromDate: null, nominalOn: null, skipped: [], reason: s.reason };
  return {
    due: true, dueOn: s.dueOn, overdue, from: s.from, fromDate: s.fromDate, nominalOn: s.nominalOn,
    skipped: s.moved.map((m) => ({ date: m.date, reason: m.reason, ...(m.reason === 'holiday' ? { name: m.name } : {}) })), reason: null,
  };
}

export const presentDue = (d: DueReview): Static<typeof DueJson> => ({
  service: { slug: d.slug, title: d.title, url: reviewsPath(d.slug) }, incubator: d.incubator, phase: d.phase, dueOn: d.dueOn, overdue: d.overdue, daysOverdue: d.daysOverdue,
});
