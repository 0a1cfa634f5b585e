// Who may record which step, per role (DESIGN.md: authorization tested per role).
import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../../core/policy.js';
import { canSeeInternal, canWorkRequest, eventAuthorFor } from './policy.js';

const TEMUCO = 1;
const actor = (personId: number, roles: RoleGrant[]): Actor => ({ personId, name: 'x', emailConfirmed: true, verification: 'email', roles, via: 'session' });
const ACTORS = {
  anonymous: null,
  resident: actor(10, []),
  requester: actor(11, []),
  official: actor(12, [{ role: 'official', institutionId: TEMUCO, permissions: ['transparency'] }]),
  officialWithout: actor(13, [{ role: 'official', institutionId: TEMUCO, permissions: ['participation'] }]),
  otherOfficial: actor(14, [{ role: 'official', institutionId: 2, permissions: ['transparency'] }]),
  admin: actor(15, [{ role: 'institution_admin', institutionId: TEMUCO, permissions: [] }]),
};
const request = { institutionId: TEMUCO, requesterPersonId: 11 };

describe('requests policy', () => {
  it('lets only the institution\'s transparency officials and admins work a request and see its internal side', () => {
    const allowed = Object.entries(ACTORS).filter(([, a]) => canWorkRequest(a, TEMUCO)).map(([k]) => k);
    expect(allowed).toEqual(['official', 'admin']);
    expect(Object.entries(ACTORS).filter(([, a]) => canSeeInternal(a, TEMUCO)).map(([k]) => k)).toEqual(['official', 'admin']);
  });

  it('says as whom each actor may record a step', () => {
    const table = Object.fromEntries(Object.entries(ACTORS).map(([k, a]) => [k, {
      answer: eventAuthorFor(a, request, 'answered'), comment: eventAuthorFor(a, request, 'comment'),
      rate: eventAuthorFor(a, request, 'satisfaction'), rateByLink: eventAuthorFor(a, request, 'satisfaction', true),
      expire: eventAuthorFor(a, request, 'correction_expired'),
    }]));
    expect(table).toEqual({
      anonymous: { answer: null, comment: null, rate: null, rateByLink: 'requester', expire: null },
      resident: { answer: null, comment: null, rate: null, rateByLink: 'requester', expire: null },
      requester: { answer: null, comment: 'requester', rate: 'requester', rateByLink: 'requester', expire: null },
      official: { answer: 'official', comment: 'official', rate: null, rateByLink: 'requester', expire: null },
      officialWithout: { answer: null, comment: null, rate: null, rateByLink: 'requester', expire: null },
      otherOfficial: { answer: null, comment: null, rate: null, rateByLink: 'requester', expire: null },
      admin: { answer: 'official', comment: 'official', rate: null, rateByLink: 'requester', expire: null },
    });
  });
});
