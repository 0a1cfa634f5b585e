// Who may do what with a request's documents: published ones are public; the drafts, the originals and every change
// are for the institution's officials with the transparency permission and its admins (DESIGN.md convention 4).
import { canActInModule, type Actor } from '../../../core/policy.js';

export const canManageDocuments = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'transparency');
