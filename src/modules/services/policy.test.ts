// Who may run an incubator, register a service, manage it and review it (policy.ts), per role: pure functions of the
// actor's grants and the service's institutions (Temuco = 1, La Araucanía's regional government = 2, Valdivia = 3).
import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/policy.js';
import { canManageService, canRegisterService, canReviewService, canRunIncubator, type ServiceParties } from './policy.js';

const TEMUCO = 1;
const GORE = 2;
const VALDIVIA = 3;
const actor = (personId: number, ...roles: RoleGrant[]): Actor => ({ personId, name: 'x', emailConfirmed: true, verification: 'email', roles, via: 'session' });
const official = (institutionId: number, ...permissions: string[]): RoleGrant => ({ role: 'official', institutionId, permissions });

const ACTORS = {
  anonymous: null,
  resident: actor(10),
  servicesOfficial: actor(11, official(TEMUCO, 'services')),
  participationOfficial: actor(12, official(TEMUCO, 'participation')),
  incubatorTeam: actor(13, official(GORE, 'services')),
  otherOfficial: actor(14, official(VALDIVIA, 'services', 'budget')),
  lead: actor(15, official(VALDIVIA)),
  admin: actor(16, { role: 'institution_admin', institutionId: TEMUCO, permissions: [] }),
  otherAdmin: actor(17, { role: 'institution_admin', institutionId: VALDIVIA, permissions: [] }),
  platformAdmin: actor(18, { role: 'platform_admin', institutionId: null, permissions: [] }),
};
type Kind = keyof typeof ACTORS;

/** A service in La Araucanía's programme (hosted by the GORE), sponsored by Temuco, led by person 15 (a Valdivia official). */
const parties: ServiceParties = { incubatorInstitutionId: GORE, sponsorInstitutionIds: [TEMUCO], leadPersonId: 15 };

describe.each([
  // [actor, run the GORE's incubator, register there naming Temuco, register there naming Valdivia, manage, review]
  ['anonymous', false, false, false, false, false],
  ['resident', false, false, false, false, false],
  ['servicesOfficial', false, true, false, true, false],
  ['participationOfficial', false, false, false, false, false],
  ['incubatorTeam', true, true, true, true, true],
  ['otherOfficial', false, false, true, false, false],
  ['lead', false, false, false, true, false],
  ['admin', false, true, false, true, false],
  ['otherAdmin', false, false, true, false, false],
  ['platformAdmin', true, true, true, true, true],
] as Array<[Kind, boolean, boolean, boolean, boolean, boolean]>)('%s', (kind, run, registerTemuco, registerValdivia, manage, review) => {
  const who = ACTORS[kind];
  it('runs the incubator, registers, manages and reviews as the table says', () => {
    expect(canRunIncubator(who, GORE)).toBe(run);
    expect(canRegisterService(who, GORE, [TEMUCO])).toBe(registerTemuco);
    expect(canRegisterService(who, GORE, [VALDIVIA])).toBe(registerValdivia);
    expect(canManageService(who, parties)).toBe(manage);
    expect(canReviewService(who, parties)).toBe(review);
  });
});
