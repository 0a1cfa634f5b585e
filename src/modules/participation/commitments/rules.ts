// The pure rules of commitments: the weighted roll-up of progress, what a status needs, and the shape of an OCDS ocid.
import type { CommitmentStatus } from './schema.js';

export interface ChildProgress { progress: number; weight: number; status: CommitmentStatus }

/**
 * A parent's progress: the mean of its children's progress weighted by each child's weight, rounded to a whole
 * percent. Cancelled children are left out (what will not be done neither advances nor holds back the rest); a
 * parent whose children are all cancelled has made no progress (0). Integer arithmetic, so the result never drifts.
 */
export function weightedProgress(children: ChildProgress[]): number {
  const counted = children.filter((c) => c.status !== 'cancelled');
  const weights = counted.reduce((a, c) => a + c.weight, 0);
  if (weights === 0) return 0;
  const sum = counted.reduce((a, c) => a + c.progress * c.weight, 0);
  return Math.round(sum / weights);
}

/** A commitment is done only at 100 %: "done" with work left would hide it from the overdue flag. */
export const statusProblem = (status: CommitmentStatus, progress: number) => status === 'done' && progress !== 100;

/**
 * A parent's status after its progress was recomputed: a done parent whose children fell back is in progress again,
 * and a planned one whose children started is in progress.
 */
export const statusAfterRollUp = (status: CommitmentStatus, progress: number): CommitmentStatus =>
  statusProblem(status, progress) || (status === 'planned' && progress > 0) ? 'in_progress' : status;

/** OCDS 1.1: an ocid is a registered prefix `ocds-` + 6 characters, a hyphen and the publisher's identifier. */
export const OCID_PATTERN = '^ocds-[a-z0-9]{6}-[A-Za-z0-9._/-]{1,100}$';
