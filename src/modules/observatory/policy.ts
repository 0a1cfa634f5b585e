// Who may do what in the observatory: pure functions of the actor and the institutions involved (resolved by the
// routes with institutions.ts), used by routes to enforce and by views to hide.
import { canActInModule, type Actor } from '../../core/policy.js';

/**
 * The index's stewards (method versions, indicator imports, publications and panels): the officials with the
 * 'observatory' permission of the institution that publishes the index (CABILDO_OBSERVATORY_INSTITUTION, SUBDERE by
 * default), its admins and platform admins. Never a municipality's own officials: they are ranked by the index, and
 * whoever is measured must not set the weights (conflict of interest).
 */
export const canStewardObservatory = (actor: Actor | null, observatoryInstitutionId: number) =>
  canActInModule(actor, observatoryInstitutionId, 'observatory');

/** Any official or admin may try other weights in the method preview: nothing is saved, and it shows what moves ranks. */
export const canPreviewMethod = (actor: Actor | null) =>
  !!actor?.roles.some((g) => g.role === 'official' || g.role === 'institution_admin' || g.role === 'platform_admin');

/**
 * A municipality's platform adoption is updated by its regional government's team or by the municipality itself
 * (officials with the 'observatory' permission, or admins): the two parties that know it first hand.
 */
export const canUpdateAdoption = (actor: Actor | null, at: { regionalGovernmentId: number; municipalityId: number | null }) =>
  canActInModule(actor, at.regionalGovernmentId, 'observatory') || (at.municipalityId !== null && canActInModule(actor, at.municipalityId, 'observatory'));

/** Workshops, support visits and their surveys are the regional government's programme: its team records them. */
export const canManageRegionalProgramme = (actor: Actor | null, regionalGovernmentId: number) =>
  canActInModule(actor, regionalGovernmentId, 'observatory');
