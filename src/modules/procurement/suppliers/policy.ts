// Who may do what with suppliers. Registering needs a confirmed email, so every supplier traces back to a reachable
// person. Only a supplier's own representatives edit it or manage its representatives: officials and admins buy from
// suppliers, so they never edit one (a buyer changing a bidder's profile would taint the competition).
import type { Actor } from '../../../core/policy.js';

export const canRegisterSupplier = (actor: Actor | null) => !!actor && actor.emailConfirmed;

export const canManageSupplier = (actor: Actor | null, representativeIds: readonly number[]) =>
  !!actor && representativeIds.includes(actor.personId);
