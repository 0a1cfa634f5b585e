// Who may do what with commitments and action plans: everything is public to read; officials of the institution
// with the participation permission (and its admins) create and change them (DESIGN.md convention 4).
import { canActInModule, type Actor } from '../../../core/policy.js';

export const canManageCommitments = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'participation');
