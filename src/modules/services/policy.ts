// Who may do what in the incubator: pure functions of the actor and the service's institutions (resolved by the
// routes with registry/queries.ts), used by routes to enforce and by views to hide.
//
// The roadmap's fourth rule, management based on trust and autonomy: the service's lead official manages the
// service's own record (indicators, needs answers, team, links, the phases it moves through) without asking anyone;
// the incubator's institution and the sponsors (officials with the 'services' permission, and admins) may too, since
// they answer for it. The six-monthly milestone review is the one check the team does not hold itself: its decision
// (continue, pivot, stop) belongs to the incubator (reviews/), and a stop ends the service.
import { canActInModule, type Actor } from '../../core/policy.js';

export interface ServiceParties {
  /** The incubator's host institution. */
  incubatorInstitutionId: number;
  sponsorInstitutionIds: readonly number[];
  leadPersonId: number;
}

/** Incubators are created and edited by their host institution's 'services' officials and admins. */
export const canRunIncubator = (actor: Actor | null, incubatorInstitutionId: number) =>
  canActInModule(actor, incubatorInstitutionId, 'services');

/** Registering a service in an incubator: its host's officials, or a sponsor's (the service names them as sponsor). */
export const canRegisterService = (actor: Actor | null, incubatorInstitutionId: number, sponsorInstitutionIds: readonly number[]) =>
  canRunIncubator(actor, incubatorInstitutionId) || sponsorInstitutionIds.some((id) => canActInModule(actor, id, 'services'));

/** The service's record, indicators, spending, surveys and the answers to its needs. */
export const canManageService = (actor: Actor | null, parties: ServiceParties) =>
  actor?.personId === parties.leadPersonId ||
  canRunIncubator(actor, parties.incubatorInstitutionId) ||
  parties.sponsorInstitutionIds.some((id) => canActInModule(actor, id, 'services'));

/** Milestone reviews and their decisions (continue, pivot, stop): the incubator's committee, not the team itself. */
export const canReviewService = (actor: Actor | null, parties: ServiceParties) =>
  canRunIncubator(actor, parties.incubatorInstitutionId);
