// Who may do what with active transparency: everything published is public to read (Ley 20.285 art. 7: "a
// disposición permanente del público"); officials of the institution with the transparency permission, and its
// admins, publish the monthly updates (DESIGN.md convention 4).
import { canActInModule, type Actor } from '../../../core/policy.js';

export const canPublishActive = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'transparency');
