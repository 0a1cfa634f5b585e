// The public JSON of evaluation, field by field: the award report (a supplier's RUT is a legal person's and public;
// evaluators by name only, and only whether they declared), an evaluator as its appointment returns it, and the
// outcome of an award. Never emails, never what an evaluator declared.
import { Type, type Static } from '@sinclair/typebox';
import type { LotReport, ReportRow } from './report.js';
import type { Evaluator } from './queries.js';
import type { AwardOutcome } from './commands/award-lot.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const reportPath = (slug: string, callId: number, lotNumber: number) => `/instituciones/${slug}/compras/llamados/${callId}/lotes/${lotNumber}/informe`;
export const workspacePath = (slug: string, callId: number) => `/instituciones/${slug}/compras/llamados/${callId}/evaluacion`;

export const ReportRowJson = Type.Object({
  bidId: Type.Integer(),
  supplier: Type.Object({ id: Type.Integer(), legalName: Type.String(), rut: Nullable(Type.String()), kind: Type.String(), size: Type.String(), url: Type.String() }),
  price: Type.Integer({ description: 'Integer pesos' }),
  submittedAt: DateTime,
  scores: Type.Record(Type.String(), Type.Number(), { description: 'criterionId → the score used, 0–100' }),
  total: Type.Number({ description: 'Σ weight × score ÷ 100, 3 decimals' }),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  admissible: Type.Boolean(),
  awarded: Type.Boolean(),
  exclusion: Type.Union([Type.Null(), Type.Object({ code: Type.String(), criterionId: Type.Optional(Type.Integer()) })],
    { description: 'over_budget, below_minimum (of criterionId), or max_lots_won (admissible, passed over for the call\'s cap on lots won)' }),
});

export const LotReportJson = Type.Object({
  call: Type.Object({ id: Type.Integer(), title: Type.String(), ocid: Type.String(), institution: Type.String() }),
  lot: Type.Object({
    id: Type.Integer(), number: Type.Integer(), title: Type.String(), budgetAmount: Type.Integer(), admitCount: Type.Integer(), state: Type.String(),
    standstillUntil: Nullable(DateTime), reason: Nullable(Type.String()),
  }),
  decidedAt: Nullable(DateTime),
  criteria: Type.Array(Type.Object({
    id: Type.Integer(), kind: Type.String(), name: Type.String(), weight: Type.Integer(), minScore: Type.Union([Type.Number(), Type.Null()]),
    method: Type.Union([Type.Literal('formula'), Type.Literal('evaluators')]),
  })),
  ranking: Type.Array(ReportRowJson),
  evaluators: Type.Array(Type.Object({ name: Type.String(), declared: Type.Boolean(), declaredAt: Nullable(DateTime) })),
  url: Type.String(),
});

export const presentRow = (r: ReportRow): Static<typeof ReportRowJson> => ({
  bidId: r.bidId,
  supplier: { id: r.supplier.id, legalName: r.supplier.legalName, rut: r.supplier.rut, kind: r.supplier.kind, size: r.supplier.size, url: `/compras/proveedores/${r.supplier.id}` },
  price: r.price, submittedAt: r.submittedAt.toISOString(), scores: r.scores, total: r.total, rank: r.rank, admissible: r.admissible, awarded: r.awarded,
  exclusion: r.exclusion,
});

export const presentReport = (r: LotReport): Static<typeof LotReportJson> => ({
  call: { id: r.call.id, title: r.call.title, ocid: r.call.ocid, institution: r.call.institution.slug },
  lot: {
    id: r.lot.id, number: r.lot.number, title: r.lot.title, budgetAmount: r.lot.budgetAmount, admitCount: r.lot.admitCount, state: r.lot.state,
    standstillUntil: r.lot.standstillUntil?.toISOString() ?? null, reason: r.lot.reason,
  },
  decidedAt: r.decidedAt?.toISOString() ?? null,
  criteria: r.criteria.map((c) => ({ id: c.id, kind: c.kind, name: c.name, weight: c.weight, minScore: c.minScore, method: c.method })),
  ranking: r.rows.map(presentRow),
  evaluators: r.evaluators.map((e) => ({ name: e.name, declared: e.declaredAt !== null, declaredAt: e.declaredAt?.toISOString() ?? null })),
  url: reportPath(r.call.institution.slug, r.call.id, r.lot.number),
});

/** The report as flat CSV rows: one per bid, a column per criterion named `<kind>_<id>`. */
export function reportCsv(r: LotReport) {
  const criterionColumns = r.criteria.map((c) => `${c.kind}_${c.id}`);
  const columns = ['rank', 'supplier', 'rut', 'price', ...criterionColumns, 'total', 'admissible', 'awarded', 'exclusion'];
  const rows = r.rows.map((row) => ({
    rank: row.rank, supplier: row.supplier.legalName, rut: row.supplier.rut, price: row.price, total: row.total, admissible: row.admissible, awarded: row.awarded,
    exclusion: row.exclusion === null ? null : row.exclusion.code === 'below_minimum' ? `below_minimum:${row.exclusion.criterionId}` : row.exclusion.code,
    ...Object.fromEntries(r.criteria.map((c) => [`${c.kind}_${c.id}`, row.scores[String(c.id)] ?? null])),
  }));
  return { columns, rows };
}

export const EvaluatorJson = Type.Object({ id: Type.Integer(), callId: Type.Integer(), name: Type.String(), declared: Type.Boolean() });
export const presentEvaluator = (callId: number, e: Pick<Evaluator, 'id' | 'name' | 'declaredAt'>): Static<typeof EvaluatorJson> =>
  ({ id: e.id, callId, name: e.name, declared: e.declaredAt !== null });

export const AwardOutcomeJson = Type.Object({
  outcome: Type.Union([Type.Literal('awarded'), Type.Literal('deserted')]),
  awardIds: Type.Array(Type.Integer()),
  standstillUntil: Nullable(DateTime),
  reason: Nullable(Type.String()),
});
export const presentOutcome = (o: AwardOutcome): Static<typeof AwardOutcomeJson> => (o.outcome === 'awarded'
  ? { outcome: 'awarded', awardIds: o.awardIds, standstillUntil: o.standstillUntil.toISOString(), reason: null }
  : { outcome: 'deserted', awardIds: [], standstillUntil: null, reason: o.reason });
