// Who a request is: the person behind a session cookie or an API token, with their roles and nobody else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../../test-support/app.js';
import type { Db } from '../db/client.js';
import { actorFromApiToken, actorFromSession } from './actor.js';
import { createApiToken } from './commands/create-api-token.js';
import { createPerson } from './commands/create-person.js';
import { grantRole } from './commands/grant-role.js';
import { startSession } from './commands/start-session.js';

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
});
afterAll(async () => { await testDb.drop(); });

const test = { id: null, label: 'test' };

async function person(name: string, admin: boolean) {
  return db.transaction(async (tx) => {
    const p = await createPerson(tx, { email: `${name}@test.cabildo.cl`, name, emailConfirmed: !admin }, test);
    if (admin) await grantRole(tx, { personId: p.id, role: 'platform_admin', institutionId: null }, test);
    return {
      session: (await startSession(tx, p)).token,
      token: (await createApiToken(tx, { personId: p.id, name: 't' }, test)).token,
    };
  });
}

describe('actor', () => {
  it('carries only the person\'s own roles, by session and by API token', async () => {
    // The first person and the first role assignment both get id 1: a role lookup that compared the assignment
    // with itself instead of with the person would hand this platform admin role to everyone.
    const admin = await person('admin', true);
    const resident = await person('vecina', false);
    for (const actor of [await actorFromSession(db, resident.session), await actorFromApiToken(db, resident.token)]) {
      expect(actor).toMatchObject({ name: 'vecina', emailConfirmed: true, roles: [] });
    }
    const viaToken = await actorFromApiToken(db, admin.token);
    expect(viaToken).toMatchObject({ name: 'admin', emailConfirmed: false, via: 'token', roles: [{ role: 'platform_admin', institutionId: null, permissions: [] }] });
    expect((await actorFromSession(db, admin.session))?.roles).toEqual(viaToken?.roles);
  });

  it('is nobody for an unknown session or token', async () => {
    expect(await actorFromSession(db, 'nope')).toBeNull();
    expect(await actorFromSession(db, undefined)).toBeNull();
    expect(await actorFromApiToken(db, 'cab_nope')).toBeNull();
  });
});
