// Who may do what in the catalogue: everything listed is public to read; officials of the institution with the
// 'transparency' permission, and its admins, publish, edit and withdraw its datasets (DESIGN.md convention 4).
// Datasets other modules publish are read-only here: they change in their module.
import { canActInModule, type Actor } from '../../../core/policy.js';

export const canManageDatasets = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'transparency');
