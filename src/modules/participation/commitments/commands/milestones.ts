// Milestones (hitos) of a commitment and the evidence of its progress (links, and documents published elsewhere by
// their URL: uploads are not part of this step). Each addition or completion is a change of the commitment: a new
// public version, audited, its followers told (record-change.ts).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { participationEvidence, participationMilestones as m } from '../schema.js';
import { checkDate, InvalidField } from '../origin.js';
import { recordChange, type Official } from './record-change.js';

interface Target { id: number; institutionId: number }


export async function addMilestone(tx: Tx, target: Target, input: { title: string; dueDate: string; doneDate?: string | null; note?: string | null }, official: Official) {
  checkDate('dueDate', input.dueDate);
  checkDate('doneDate', input.doneDate);
  const [row] = await tx.insert(m).values({ commitmentId: target.id, institutionId: target.institutionId, title: input.title, dueDate: input.dueDate,
    doneDate: input.doneDate ?? null }).returning({ id: m.id });
  await recordChange(tx, target.id, official, { action: 'milestone.add', note: input.note });
  return row!.id;
}

/** Marks a milestone done on a date, or not done again (null); false when the milestone is not this commitment's. */
export async function setMilestoneDone(tx: Tx, target: Target, milestoneId: number, doneDate: string | null, official: Official, note?: string | null) {
  checkDate('doneDate', doneDate);
  const updated = await tx.update(m).set({ doneDate }).where(and(eq(m.id, milestoneId), eq(m.commitmentId, target.id))).returning({ id: m.id });
  if (updated.length === 0) return false;
  await recordChange(tx, target.id, official, { action: 'milestone.done', note });
  return true;
}

/** http(s) only: a javascript: or data: URL would run in the reader's browser from a public page. */
export const URL_PATTERN = '^https?://[^\\s]+$';

export async function addEvidence(tx: Tx, target: Target, input: { kind: 'link' | 'document'; title: string; url: string; milestoneId?: number | null; note?: string | null },
  official: Official) {
  if (!new RegExp(URL_PATTERN).test(input.url)) throw new InvalidField('url', 'participation.commitment.error.url');
  if (input.milestoneId) {
    const [own] = await tx.select({ id: m.id }).from(m).where(and(eq(m.id, input.milestoneId), eq(m.commitmentId, target.id)));
    if (!own) throw new InvalidField('milestoneId', 'participation.commitment.error.milestoneNotFound');
  }
  const [row] = await tx.insert(participationEvidence).values({ commitmentId: target.id, institutionId: target.institutionId, milestoneId: input.milestoneId ?? null,
    kind: input.kind, title: input.title, url: input.url }).returning({ id: participationEvidence.id });
  await recordChange(tx, target.id, official, { action: 'evidence.add', note: input.note });
  return row!.id;
}
