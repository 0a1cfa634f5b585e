// The public JSON of commitments, action plans and their history (DESIGN.md convention 5): explicit fields; officials
// who changed a commitment by name and role (officials act in public, Ley 20.285), never an email. The snapshot kept
// in each version is this same shape without what depends on the day it is read (overdue) or on other rows (children).
import { Type, type Static } from '@sinclair/typebox';
import { COMMITMENT_STATUSES, EVIDENCE_KINDS, ORIGIN_TYPES } from './schema.js';
import type { CommitmentDetail, CommitmentRow, commitmentVersions } from './queries.js';
import type { Dashboard, PlanDetail } from './plans.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const CalendarDate = Type.String({ format: 'date', description: 'A calendar date in America/Santiago' });

export const commitmentUrl = (id: number) => `/participacion/compromisos/${id}`;

const Origin = Type.Object({ type: literals(ORIGIN_TYPES), id: NullableInt, ref: Type.Union([Type.String({ description: 'OCDS ocid of a contract' }), Type.Null()]) });

export const CommitmentListItemJson = Type.Object({
  id: Type.Integer(), parentId: NullableInt, processId: NullableInt, title: Type.String(), origin: Origin, actionPlanId: NullableInt, pillarId: NullableInt,
  responsibleUnit: Type.String(), dueDate: CalendarDate, weight: Type.Integer({ minimum: 1 }), progress: Type.Integer({ minimum: 0, maximum: 100 }),
  status: literals(COMMITMENT_STATUSES), overdue: Type.Boolean({ description: 'Not done or cancelled and past its due date (or a milestone\'s) on today\'s Santiago date' }),
  version: Type.Integer(), updatedAt: Type.String({ format: 'date-time' }), url: Type.String(),
});

const DocumentJson = Type.Object({ fileName: Type.String(), size: Type.Integer({ description: 'Bytes' }), mediaType: Type.String({ description: 'Read from the file\'s content' }),
  sha256: Type.String({ description: 'Hex digest; the download\'s ETag' }) }, { description: 'An uploaded document (served at url)' });
const EvidenceJson = Type.Object({ id: Type.Integer(), kind: literals(EVIDENCE_KINDS), title: Type.String(), url: Type.String(), document: Type.Optional(DocumentJson) });
const MilestoneJson = Type.Object({ id: Type.Integer(), title: Type.String(), dueDate: CalendarDate, doneDate: Type.Union([CalendarDate, Type.Null()]),
  evidence: Type.Array(EvidenceJson) });

const snapshotFields = {
  id: Type.Integer(), institution: Type.String({ description: 'Institution slug' }), parentId: NullableInt, processId: NullableInt, title: Type.String(),
  description: Type.String(), origin: Origin, actionPlanId: NullableInt, pillar: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
  axes: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })), responsibleUnit: Type.String(), dueDate: CalendarDate,
  weight: Type.Integer(), progress: Type.Integer(), progressFromChildren: Type.Boolean(), status: literals(COMMITMENT_STATUSES),
  milestones: Type.Array(MilestoneJson), evidence: Type.Array(EvidenceJson, { description: 'Evidence of the commitment itself (not of a milestone)' }),
};
export const SnapshotJson = Type.Object(snapshotFields);
export const CommitmentJson = Type.Object({
  ...snapshotFields, overdue: Type.Boolean(), version: Type.Integer(), updatedAt: Type.String({ format: 'date-time' }), url: Type.String(),
  children: Type.Array(CommitmentListItemJson),
});
export const VersionsJson = Type.Array(Type.Object({
  version: Type.Integer(), at: Type.String({ format: 'date-time' }), changedBy: Type.String(), role: Type.String(),
  change: Type.String({ description: 'create, update, milestone.add, milestone.done, evidence.add, evidence.document (an upload), or rollup (recomputed from a child)' }), note: NullableString,
  causeId: Type.Union([Type.Integer({ description: 'The child whose change recomputed this progress' }), Type.Null()]), snapshot: SnapshotJson,
}));

const origin = (r: Pick<CommitmentRow, 'originType' | 'originId' | 'originRef'>) => ({ type: r.originType, id: r.originId, ref: r.originRef });

export function presentListItem(r: CommitmentRow): Static<typeof CommitmentListItemJson> {
  return {
    id: r.id, parentId: r.parentId, processId: r.processId, title: r.title, origin: origin(r), actionPlanId: r.actionPlanId, pillarId: r.pillarId,
    responsibleUnit: r.responsibleUnit, dueDate: r.dueDate, weight: r.weight, progress: r.progress, status: r.status, overdue: r.overdue,
    version: r.version, updatedAt: r.updatedAt.toISOString(), url: commitmentUrl(r.id),
  };
}

export function presentSnapshot(d: CommitmentDetail): Static<typeof SnapshotJson> {
  const evidence = (milestoneId: number | null) => d.evidence.filter((e) => e.milestoneId === milestoneId)
    .map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url,
      ...(e.fileName === null ? {} : { document: { fileName: e.fileName, size: e.size!, mediaType: e.mediaType!, sha256: e.sha256! } }) }));
  return {
    id: d.id, institution: d.institutionSlug, parentId: d.parentId, processId: d.processId, title: d.title, description: d.description, origin: origin(d),
    actionPlanId: d.actionPlanId, pillar: d.pillarId === null ? null : { id: d.pillarId, name: d.pillarName ?? '' }, axes: d.axes,
    responsibleUnit: d.responsibleUnit, dueDate: d.dueDate, weight: d.weight, progress: d.progress, progressFromChildren: d.children.length > 0,
    status: d.status, milestones: d.milestones.map((m) => ({ ...m, evidence: evidence(m.id) })), evidence: evidence(null),
  };
}

export const presentCommitment = (d: CommitmentDetail): Static<typeof CommitmentJson> => ({
  ...presentSnapshot(d), overdue: d.overdue, version: d.version, updatedAt: d.updatedAt.toISOString(), url: commitmentUrl(d.id),
  children: d.children.map(presentListItem),
});

export const presentVersions = (rows: Awaited<ReturnType<typeof commitmentVersions>>): Static<typeof VersionsJson> => rows.map((r) => ({
  version: r.version, at: r.at.toISOString(), changedBy: r.changedByName, role: r.changedByRole, change: r.change, note: r.note, causeId: r.causeId,
  snapshot: r.snapshot as Static<typeof SnapshotJson>,
}));

/** Flat columns of the CSV export (the JSON export carries the same objects). */
export const EXPORT_COLUMNS = ['id', 'parentId', 'processId', 'title', 'origin.type', 'origin.id', 'origin.ref', 'actionPlanId', 'pillarId', 'responsibleUnit',
  'dueDate', 'weight', 'progress', 'status', 'overdue', 'version', 'updatedAt', 'url'];

export const planUrl = (id: number) => `/participacion/planes-de-accion/${id}`;
const TallyJson = Type.Object({ id: Type.Integer(), name: Type.String(), lines: Type.Integer(), done: Type.Integer(), overdue: Type.Integer(),
  progress: Type.Integer({ description: 'Weighted mean progress of its lines (cancelled lines left out)' }) });
const Named = Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() }));
export const PlanListItemJson = Type.Object({ id: Type.Integer(), title: Type.String(), period: Type.String(), url: Type.String() });
export const PlanJson = Type.Object({
  id: Type.Integer(), institution: Type.String(), title: Type.String(), description: Type.String(), period: Type.String(), pillars: Named, axes: Named, url: Type.String(),
  dashboard: Type.Object({ total: TallyJson, byPillar: Type.Array(TallyJson), byAxis: Type.Array(TallyJson) }),
});

export const presentPlan = (p: PlanDetail, d: Dashboard): Static<typeof PlanJson> => ({
  id: p.id, institution: p.institutionSlug, title: p.title, description: p.description, period: p.period, pillars: p.pillars, axes: p.axes, url: planUrl(p.id),
  dashboard: { total: d.total, byPillar: d.byPillar, byAxis: d.byAxis },
});
