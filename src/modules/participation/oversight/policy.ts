// Who may do what in the oversight body: pure functions used by the routes to enforce and by the views to show only
// what a person may do (DESIGN.md convention 4).
import { canActInModule, meetsVerification, type Actor } from '../../../core/policy.js';
import type { CalendarDate } from '../../../core/calendar/index.js';

/** Officials with the participation permission (and the institution's admins) configure the body, run draws, answer. */
export const canManageOversight = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'participation');

/** Anyone who works for the institution: they are who the body oversees, so they may not sit on it. */
export const worksFor = (actor: Actor | null, institutionId: number) =>
  !!actor?.roles.some((g) => (g.role === 'official' || g.role === 'institution_admin') && g.institutionId === institutionId);

/**
 * Volunteering needs a verified identity: members act publicly for the community, and one account per RUN gives each
 * person one ticket in the draw (a person with several email accounts cannot multiply their chances). The
 * institution's own officials are left out: the body oversees them.
 */
export const canVolunteer = (actor: Actor | null, institutionId: number) => meetsVerification(actor, 'identity') && !worksFor(actor, institutionId);

export interface MemberTerm { personId: number; termStart: CalendarDate; termEnd: CalendarDate }

/** A member acts only while their term runs, on the Santiago calendar day (both ends included). */
export const inTerm = (m: Pick<MemberTerm, 'termStart' | 'termEnd'>, today: CalendarDate) => m.termStart <= today && today <= m.termEnd;

/** The actor's running membership, if any: what lets them open observations, reply and publish reports. */
export const activeMembership = <M extends MemberTerm>(actor: Actor | null, members: readonly M[], today: CalendarDate): M | undefined =>
  actor ? members.find((m) => m.personId === actor.personId && inTerm(m, today)) : undefined;
