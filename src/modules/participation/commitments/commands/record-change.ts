// What every change to a commitment does after writing its rows, in the same transaction: bump the version, store
// the public snapshot with who changed it (by name and role: officials act in public), write the audit row, tell the
// followers ('commitment.updated'), and recompute the progress of every ancestor (rules.ts weightedProgress), each
// ancestor's change being a version of its own, caused by the child. Ancestors are locked before their children are
// read, so two officials updating two siblings at once cannot leave the parent's progress stale. The lock is FOR NO
// KEY UPDATE, not FOR UPDATE: a sibling's transaction holds KEY SHARE on the parent (PostgreSQL rechecks the foreign
// key when a row updated earlier in the same transaction is updated again) while it waits for the audit lock we hold,
// and FOR UPDATE would deadlock against it.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { toSantiagoDate } from '../../../../core/calendar/index.js';
import { auditActor, canAdministerInstitution, canAdministerPlatform, type Actor } from '../../../../core/policy.js';
import { recordEvent } from '../../notifications/record.js';
import { participationCommitmentVersions, participationCommitments as c } from '../schema.js';
import { findCommitment } from '../queries.js';
import { presentSnapshot } from '../present.js';
import { statusAfterRollUp, weightedProgress } from '../rules.js';

export type Official = Pick<Actor, 'personId' | 'name' | 'roles'>;

/** The public role an official acted in, as the history shows it. */
export function publicRole(actor: Official, institutionId: number): string {
  const a = actor as Actor;
  return canAdministerPlatform(a) ? 'platform_admin' : canAdministerInstitution(a, institutionId) ? 'institution_admin' : 'official';
}

/** Writes version `created ? 1 : n + 1` of a commitment whose rows were just changed, then rolls up to its ancestors. */
export async function recordChange(tx: Tx, id: number, actor: Official, change: { action: string; note?: string | null; created?: boolean; causeId?: number }) {
  const [row] = change.created
    ? await tx.select({ version: c.version }).from(c).where(eq(c.id, id))
    : await tx.update(c).set({ version: sql`${c.version} + 1`, updatedAt: new Date() }).where(eq(c.id, id)).returning({ version: c.version });
  const detail = (await findCommitment(tx, id, toSantiagoDate(new Date())))!;
  const snapshot = presentSnapshot(detail);
  await tx.insert(participationCommitmentVersions).values({
    commitmentId: id, institutionId: detail.institutionId, version: row!.version, snapshot, changedByName: actor.name,
    changedByRole: publicRole(actor, detail.institutionId), note: change.note ?? null, causeId: change.causeId ?? null, change: change.action,
  });
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: detail.institutionId, action: `participation.commitment.${change.action}`,
    resourceType: 'participation_commitment', resourceId: id, public: true,
    summary: { version: row!.version, progress: detail.progress, status: detail.status, ...(change.note ? { note: change.note } : {}), ...(change.causeId ? { causeId: change.causeId } : {}) },
  });
  if (!change.created) {
    await recordEvent(tx, { type: 'commitment', id, institutionId: detail.institutionId, processId: detail.processId }, 'commitment.updated',
      { version: row!.version, progress: detail.progress, status: detail.status, actorId: actor.personId });
  }
  if (detail.parentId !== null) await rollUp(tx, detail.parentId, id, actor);
}

/** Recomputes a parent's progress from its children; a change is a new version of the parent (and goes on up). */
export async function rollUp(tx: Tx, parentId: number, causeId: number, actor: Official) {
  const [parent] = await tx.select({ progress: c.progress, status: c.status }).from(c).where(eq(c.id, parentId)).for('no key update');
  const children = await tx.select({ progress: c.progress, weight: c.weight, status: c.status }).from(c).where(eq(c.parentId, parentId));
  const progress = weightedProgress(children);
  if (parent!.progress === progress) return;
  await tx.update(c).set({ progress, status: statusAfterRollUp(parent!.status, progress) }).where(eq(c.id, parentId));
  await recordChange(tx, parentId, actor, { action: 'rollup', causeId });
}
