// Who may act on calls: the institution's officials with the 'procurement' permission and its admins write drafts,
// publish, amend, cancel and answer questions; they alone see the institution's drafts (a draft is not yet an act of
// the institution: Ley 19.886 art. 20 publishes acts, not work in progress).
import { canActInModule, type Actor } from '../../../core/policy.js';

export const canManageCalls = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'procurement');

export const canSeeCall = (actor: Actor | null, call: { institutionId: number; state: string }) =>
  call.state !== 'draft' || canManageCalls(actor, call.institutionId);
