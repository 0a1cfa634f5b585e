// Who may do what with proposals: pure functions of the actor, the proposal and the process's settings, used by the
// routes to enforce and by the views to show only what a person may do (DESIGN.md convention 4).
import { canActInModule, meetsVerification, type Actor } from '../../../core/policy.js';
import { isPublicState, type ProposalState } from './lifecycle.js';
import type { ProposalSettings } from './queries.js';

/** Officials of the institution with the participation permission (and its admins) answer and review proposals. */
export const canAnswerProposals = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'participation');

/** Held and discarded proposals are seen by their author and the institution's officials only. */
export const canSeeProposal = (actor: Actor | null, proposal: { institutionId: number; authorId: number; state: ProposalState }) =>
  isPublicState(proposal.state) || actor?.personId === proposal.authorId || canAnswerProposals(actor, proposal.institutionId);

/**
 * Writing a proposal needs at least a confirmed email, so each one traces back to a reachable person; a process may
 * ask for more. Associations writing as such are not modelled yet (issue 5 point 3 names them; a later step).
 */
export const canCreateProposal = (actor: Actor | null, settings: Pick<ProposalSettings, 'createLevel'>) =>
  meetsVerification(actor, settings.createLevel === 'none' ? 'email' : settings.createLevel);

/** Supports count people, so by default they need a verified identity: one per RUN (policy.ts VERIFICATION_LEVELS). */
export const canSupport = (actor: Actor | null, settings: Pick<ProposalSettings, 'supportLevel'>) =>
  meetsVerification(actor, settings.supportLevel === 'none' ? 'email' : settings.supportLevel);
