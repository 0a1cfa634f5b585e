// Officials create and edit commitments. The origin (and the parent, so the tree has no cycles) is fixed at creation;
// everything else may change, each change a public version (record-change.ts). A parent's progress is never written
// by hand: it is its children's weighted mean. Bad input throws InvalidField (422) before anything is written.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { conflict } from '../../../../core/http/errors.js';
import { participationCommitmentAxes, participationCommitments as c, type CommitmentStatus } from '../schema.js';
import { checkDate, checkOrigin, InvalidField, type OriginInput } from '../origin.js';
import { hasChildren } from '../queries.js';
import { statusProblem } from '../rules.js';
import { recordChange, type Official } from './record-change.js';

export interface CommitmentFields {
  title: string; description?: string; responsibleUnit: string; dueDate: string; weight?: number; progress?: number; status?: CommitmentStatus;
  pillarId?: number | null; axisIds?: number[];
}
export interface CreateCommitmentInput extends CommitmentFields, OriginInput { institutionId: number; parentId?: number | null; note?: string | null }


export async function createCommitment(tx: Tx, input: CreateCommitmentInput, official: Official): Promise<number> {
  checkDate('dueDate', input.dueDate);
  const progress = input.progress ?? 0;
  const status = input.status ?? (progress > 0 ? 'in_progress' : 'planned');
  if (statusProblem(status, progress)) throw new InvalidField('status', 'participation.commitment.error.doneNeeds100');
  if (input.parentId) {
    const [parent] = await tx.select({ id: c.id }).from(c).where(and(eq(c.id, input.parentId), eq(c.institutionId, input.institutionId)));
    if (!parent) throw new InvalidField('parentId', 'participation.commitment.error.parentNotFound');
  }
  const { processId } = await checkOrigin(tx, input.institutionId, input);
  const [row] = await tx.insert(c).values({
    institutionId: input.institutionId, processId, parentId: input.parentId ?? null, title: input.title, description: input.description ?? '',
    originType: input.originType, originId: input.originId ?? null, originRef: input.originRef ?? null, actionPlanId: input.actionPlanId ?? null,
    pillarId: input.pillarId ?? null, responsibleUnit: input.responsibleUnit, dueDate: input.dueDate, weight: input.weight ?? 1, progress, status,
  }).returning({ id: c.id });
  const axisIds = [...new Set(input.axisIds ?? [])];
  if (axisIds.length) await tx.insert(participationCommitmentAxes).values(axisIds.map((axisId) => ({ commitmentId: row!.id, axisId })));
  await recordChange(tx, row!.id, official, { action: 'create', note: input.note, created: true });
  return row!.id;
}

export type UpdateInput = Partial<CommitmentFields> & { note?: string | null; expectedVersion?: number };

export interface Editable {
  id: number; institutionId: number; originType: CreateCommitmentInput['originType']; actionPlanId: number | null; pillarId: number | null;
  progress: number; status: CommitmentStatus; version: number; axes: Array<{ id: number }>;
}

/** False when nothing changed and no note was given (no empty version is written). */
export async function updateCommitment(tx: Tx, current: Editable, input: UpdateInput, official: Official): Promise<boolean> {
  const [before] = await tx.select().from(c).where(eq(c.id, current.id)).for('no key update'); // see record-change.ts on the lock
  // Optimistic concurrency: an edit made on a page read before someone else's change must not silently undo it.
  if (input.expectedVersion !== undefined && input.expectedVersion !== before!.version) throw conflict('participation.commitment.error.stale');
  checkDate('dueDate', input.dueDate);
  const derived = await hasChildren(tx, current.id);
  if (derived && input.progress !== undefined && input.progress !== current.progress) throw new InvalidField('progress', 'participation.commitment.error.progressFromChildren');
  const progress = derived ? current.progress : input.progress ?? current.progress;
  const status = input.status ?? current.status;
  if (statusProblem(status, progress)) throw new InvalidField('status', 'participation.commitment.error.doneNeeds100');
  const axisIds = input.axisIds === undefined ? undefined : [...new Set(input.axisIds)];
  const pillarId = input.pillarId === undefined ? current.pillarId : input.pillarId;
  if (current.originType === 'action_plan_line' && (input.pillarId !== undefined || axisIds)) {
    await checkOrigin(tx, current.institutionId, { originType: 'action_plan_line', actionPlanId: current.actionPlanId, pillarId, axisIds });
  } else if (input.pillarId || axisIds?.length) throw new InvalidField('pillarId', 'participation.commitment.error.planOnlyForLines');
  const set = {
    title: input.title, description: input.description, responsibleUnit: input.responsibleUnit, dueDate: input.dueDate, weight: input.weight,
    progress: derived ? undefined : input.progress, status: input.status, pillarId: input.pillarId,
  };
  // A cancelled or re-weighted child changes its parent's mean too: recordChange rolls up whatever changed.
  const changed = Object.entries(set).filter(([k, v]) => v !== undefined && (before as Record<string, unknown>)[k] !== v);
  const axesChanged = axisIds !== undefined && axisIds.sort().join() !== current.axes.map((a) => a.id).sort().join();
  if (changed.length === 0 && !axesChanged && !input.note) return false;
  if (changed.length) await tx.update(c).set(Object.fromEntries(changed)).where(eq(c.id, current.id));
  if (axesChanged) {
    await tx.delete(participationCommitmentAxes).where(eq(participationCommitmentAxes.commitmentId, current.id));
    if (axisIds!.length) await tx.insert(participationCommitmentAxes).values(axisIds!.map((axisId) => ({ commitmentId: current.id, axisId })));
  }
  await recordChange(tx, current.id, official, { action: 'update', note: input.note });
  return true;
}
