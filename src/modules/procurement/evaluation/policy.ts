// Who may do what in evaluation. Officials with the 'procurement' permission of the buying institution (and its
// admins) appoint evaluators, award and declare lots deserted; scoring belongs to the appointed evaluators alone, who
// need not hold that permission (an IT specialist of the municipality may evaluate), but must be its officials.
import { canActInModule, type Actor } from '../../../core/policy.js';

export const canManageEvaluation = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'procurement');

/** The workspace opens to those who manage the evaluation and to the call's evaluators. */
export const canSeeEvaluation = (actor: Actor | null, institutionId: number, evaluatorPersonIds: readonly number[]) =>
  canManageEvaluation(actor, institutionId) || (!!actor && evaluatorPersonIds.includes(actor.personId));
