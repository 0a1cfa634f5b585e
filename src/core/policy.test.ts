// Every can*() of policy.ts for every kind of actor: one row per actor, one column per action.
import { describe, expect, it } from 'vitest';
import type { Role } from './auth/schema.js';
import {
  canActInModule, canAdministerInstitution, canEditBudgetReferenceData, canAdministerPlatform, canCreateApiToken, canGrantRole, canVerifyIdentity, meetsVerification, canOversee,
  canReadPrivateAudit, canRepresentSupplier, isSignedIn, type Actor, type ModuleName,
} from './policy.js';

const A = 1; // the institution the actors below belong to
const B = 2; // another institution

const actor = (roles: Array<[Role, number | null, ModuleName[]?]>, extra: Partial<Actor> = {}): Actor => ({
  personId: 7, name: 'Persona', emailConfirmed: true, verification: 'email', via: 'session',
  roles: roles.map(([role, institutionId, permissions = []]) => ({ role, institutionId, permissions })),
  ...extra,
});

const ACTIONS: Record<string, (a: Actor | null) => boolean> = {
  signedIn: (a) => isSignedIn(a),
  administerPlatform: (a) => canAdministerPlatform(a),
  administerA: (a) => canAdministerInstitution(a, A),
  budgetInA: (a) => canActInModule(a, A, 'budget'),
  transparencyInA: (a) => canActInModule(a, A, 'transparency'),
  budgetInB: (a) => canActInModule(a, B, 'budget'),
  overseeA: (a) => canOversee(a, A),
  overseeB: (a) => canOversee(a, B),
  representSupplier: (a) => canRepresentSupplier(a),
  grantOfficialInA: (a) => canGrantRole(a, 'official', A),
  grantOfficialInB: (a) => canGrantRole(a, 'official', B),
  grantPlatformAdmin: (a) => canGrantRole(a, 'platform_admin', null),
  readPrivateAudit: (a) => canReadPrivateAudit(a),
  createApiToken: (a) => canCreateApiToken(a),
  verifyIdentityInA: (a) => canVerifyIdentity(a, A),
  isIdentityVerified: (a) => meetsVerification(a, 'identity'),
  editBudgetReferenceData: (a) => canEditBudgetReferenceData(a),
};

// One column per action, in the order of ACTIONS:
//  sig plat admA budA trA budB ovA ovB sup grA grB grP aud tok verA idv bref
const TABLE: Array<[string, string, Actor | null]> = [
  ['  0    0    0    0   0    0   0   0   0   0   0   0   0   0    0   0    0', 'anonymous', null],
  ['  1    0    0    0   0    0   0   0   0   0   0   0   0   1    0   0    0', 'resident', actor([])],
  ['  1    0    0    0   0    0   0   0   0   0   0   0   0   0    0   0    0', 'resident with an unconfirmed email', actor([], { emailConfirmed: false, verification: 'none' })],
  ['  1    0    0    0   0    0   0   0   0   0   0   0   0   1    0   1    0', 'resident verified by ClaveÚnica', actor([], { verification: 'identity' })],
  ['  1    0    0    1   0    0   0   0   0   0   0   0   0   1    1   0    1', 'official of A with budget', actor([['official', A, ['budget']]])],
  ['  1    0    0    0   0    0   0   0   0   0   0   0   0   1    1   0    0', 'official of A without a module', actor([['official', A]])],
  ['  1    0    0    1   0    0   0   0   0   0   0   0   0   0    1   0    1', 'official of A with budget, by API token', actor([['official', A, ['budget']]], { via: 'token' })],
  ['  1    0    1    1   1    0   1   0   0   1   0   0   0   1    1   0    1', 'institution admin of A', actor([['institution_admin', A]])],
  ['  1    0    0    0   0    1   0   1   0   0   1   0   0   1    0   0    1', 'institution admin of B acting on A', actor([['institution_admin', B]])],
  ['  1    0    0    0   0    0   1   0   0   0   0   0   0   1    0   0    0', 'oversight member of A', actor([['oversight_member', A]])],
  ['  1    0    0    0   0    0   0   0   1   0   0   0   0   1    0   0    0', 'supplier representative', actor([['supplier_representative', null]])],
  ['  1    1    1    1   1    1   1   1   0   1   1   1   1   1    1   0    1', 'platform admin', actor([['platform_admin', null]])],
];

const cases = TABLE.flatMap(([row, label, who]) => {
  const expected = row.trim().split(/\s+/).map((v) => v === '1');
  expect(expected).toHaveLength(Object.keys(ACTIONS).length);
  return Object.keys(ACTIONS).map((action, i) => [label, action, expected[i], who] as const);
});

describe('policy', () => {
  it.each(cases)('%s: %s → %s', (_label, action, expected, who) => {
    expect(ACTIONS[action](who)).toBe(expected);
  });
});
