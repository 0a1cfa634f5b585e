// Test factories for people with roles, and a signed-in browser (session + CSRF cookies) for app.inject.
// Sessions are created directly: these tests are about what a role may do, not about signing in.
import type { Role } from '../core/auth/schema.js';
import { people, sessions } from '../core/auth/schema.js';
import { createPerson } from '../core/auth/commands/create-person.js';
import { grantRole } from '../core/auth/commands/grant-role.js';
import { createApiToken } from '../core/auth/commands/create-api-token.js';
import { hashSecret, newSecret } from '../core/auth/secrets.js';
import { CSRF_COOKIE, csrfTokenFor } from '../core/http/csrf.js';
import { SESSION_COOKIE } from '../core/auth/actor.js';
import { findInstitution } from '../core/tenancy/queries.js';
import type { ModuleName } from '../core/policy.js';
import type { TestApp } from './app.js';

let counter = 0;

export interface Browser {
  personId: number;
  cookies: Record<string, string>;
  csrf: string;
}

/** An inject() request posting a form as this browser (its cookies and CSRF token), or as nobody. */
export const formPost = (who: Browser | null, fields: Array<[string, string]>) => ({
  method: 'POST' as const, cookies: who?.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: [['_csrf', who?.csrf ?? ''], ...fields].map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join('&'),
});

/** A person holding `role` (in `institution`, a slug or CUT) with a live session. */
export async function signedIn(t: TestApp, role?: Role, institution?: string, permissions: ModuleName[] = []): Promise<Browser> {
  const { db } = t.database;
  const inst = institution ? await findInstitution(db, institution) : null;
  if (institution && !inst) throw new Error(`no institution ${institution}`);
  const n = ++counter;
  const person = await db.transaction(async (tx) => {
    const p = await createPerson(tx, { email: `person${n}@test.cabildo.cl`, name: `Persona ${n}`, emailConfirmed: true }, { id: null, label: 'test' });
    if (role) await grantRole(tx, { personId: p.id, role, institutionId: inst?.id ?? null, permissions }, { id: null, label: 'test' });
    return p;
  });
  return browserFor(t, person.id);
}

export async function browserFor(t: TestApp, personId: number): Promise<Browser> {
  const token = newSecret();
  await t.database.db.insert(sessions).values({ idHash: hashSecret(token), personId, expiresAt: new Date(Date.now() + 3600_000) });
  const csrfCookie = newSecret(24);
  return { personId, cookies: { [SESSION_COOKIE]: token, [CSRF_COOKIE]: csrfCookie }, csrf: csrfTokenFor(t.config.sessionSecret, csrfCookie) };
}

export async function emailOf(t: TestApp, personId: number) {
  const rows = await t.database.db.select({ id: people.id, email: people.email }).from(people);
  return rows.find((r) => r.id === personId)!.email!;
}

/** An API token for a person, made directly: for tests of what a token may do, not of how tokens are issued. */
export async function apiTokenFor(t: TestApp, personId: number): Promise<string> {
  const { token } = await t.database.db.transaction((tx) => createApiToken(tx, { personId, name: 'test' }, { id: null, label: 'test' }));
  return token;
}

/**
 * The actors the per-role access tables use, each a fresh browser (Temuco is the institution under test, Valdivia
 * "another institution"). null is anonymous.
 */
export const ACTORS = {
  anonymous: async () => null,
  resident: (t: TestApp) => signedIn(t),
  budgetOfficial: (t: TestApp) => signedIn(t, 'official', 'temuco', ['budget']),
  participationOfficial: (t: TestApp) => signedIn(t, 'official', 'temuco', ['participation']),
  transparencyOfficial: (t: TestApp) => signedIn(t, 'official', 'temuco', ['transparency']),
  procurementOfficial: (t: TestApp) => signedIn(t, 'official', 'temuco', ['procurement']),
  /** The observatory: the index's stewards (CABILDO_OBSERVATORY_INSTITUTION, 'subdere'), La Araucanía's regional team, Temuco's own. */
  observatorySteward: (t: TestApp) => signedIn(t, 'official', 'subdere', ['observatory']),
  regionalTeam: (t: TestApp) => signedIn(t, 'official', 'gore-la-araucania', ['observatory']),
  observatoryOfficial: (t: TestApp) => signedIn(t, 'official', 'temuco', ['observatory']),
  /** The incubator: Temuco's 'services' official (its lab), La Araucanía's regional programme team. */
  servicesOfficial: (t: TestApp) => signedIn(t, 'official', 'temuco', ['services']),
  incubatorTeam: (t: TestApp) => signedIn(t, 'official', 'gore-la-araucania', ['services']),
  otherOfficial: (t: TestApp) => signedIn(t, 'official', 'valdivia', ['budget', 'procurement', 'participation', 'transparency']),
  admin: (t: TestApp) => signedIn(t, 'institution_admin', 'temuco'),
  otherAdmin: (t: TestApp) => signedIn(t, 'institution_admin', 'valdivia'),
  platformAdmin: (t: TestApp) => signedIn(t, 'platform_admin'),
} satisfies Record<string, (t: TestApp) => Promise<Browser | null>>;
export type ActorKind = keyof typeof ACTORS;

/** Rows of an access table: [actor, expected status of a GET]. */
export type AccessTable = Array<[ActorKind, number]>;
