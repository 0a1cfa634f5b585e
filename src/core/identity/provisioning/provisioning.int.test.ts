import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn } from '../../../test-support/people.js';
import { auditLog } from '../../audit/schema.js';
import { apiTokens, people, roleAssignments, type Role } from '../../auth/schema.js';

let t: TestApp;
let platformAdmin: { personId: number; token: string };
let temucoAdmin: { personId: number; token: string };
/** A person holding `role` and an API token of theirs. */
const tokenHolder = async (role?: Role, institution?: string) => {
  const { personId } = await signedIn(t, role, institution);
  return { personId, token: await apiTokenFor(t, personId) };
};
beforeAll(async () => {
  t = await createTestApp();
  platformAdmin = await tokenHolder('platform_admin');
  temucoAdmin = await tokenHolder('institution_admin', 'temuco');
});
afterAll(async () => { await t.close(); });

const RUN_FORMS = ['21394576-9', '21.394.576', '213945769', '21394576'];
const provision = (token: string | null, body: Record<string, unknown>) => t.app.inject({
  method: 'POST', url: '/api/v1/admin/users', headers: token ? { authorization: `Bearer ${token}` } : {}, payload: body,
});
const counts = async () => {
  const { db } = t.database;
  return {
    people: (await db.select().from(people)).length, roles: (await db.select().from(roleAssignments)).length,
    tokens: (await db.select().from(apiTokens)).length, audit: (await db.select().from(auditLog)).length,
  };
};

describe('POST /api/v1/admin/users', () => {
  it('lets a platform admin create a person with a RUN verified in person, a role and a token that works', async () => {
    const res = await provision(platformAdmin.token, {
      name: 'Ana Pérez', email: 'ana@temuco.cl', run: '21.394.576-9', institution: 'temuco', role: 'official',
      permissions: ['participation'], issueToken: true,
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toEqual({ id: expect.any(Number), name: 'Ana Pérez', verification: 'identity', token: expect.stringMatching(/^cab_/) });
    for (const form of RUN_FORMS) expect(res.body).not.toContain(form);
    const [row] = await t.database.db.select().from(people).where(eq(people.id, created.id));
    expect(row).toMatchObject({ run: '21394576-9', identityMethod: 'in_person', identityVerifiedBy: platformAdmin.personId });

    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${created.token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: created.id, verification: 'identity',
      roles: [{ role: 'official', institution: { slug: 'temuco' }, permissions: ['participation'] }],
    });
    for (const form of RUN_FORMS) expect(me.body).not.toContain(form);

    const entries = await t.database.db.select().from(auditLog)
      .where(inArray(auditLog.action, ['person.create', 'identity.verify', 'role.grant', 'api_token.create']));
    const forPerson = entries.filter((e) => e.resourceId === String(created.id) || (e.summary as { personId?: number }).personId === created.id);
    expect(forPerson.map((e) => [e.action, e.actorId])).toEqual([
      ['person.create', platformAdmin.personId], ['identity.verify', platformAdmin.personId],
      ['role.grant', platformAdmin.personId], ['api_token.create', platformAdmin.personId],
    ]);
    for (const form of RUN_FORMS) expect(JSON.stringify(forPerson)).not.toContain(form);
  });

  it('lets an institution admin provision within their own institution only', async () => {
    const own = await provision(temucoAdmin.token, { name: 'Consejero', institution: '09101', role: 'oversight_member' });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toEqual({ id: expect.any(Number), name: 'Consejero', verification: 'none' });

    const before = await counts();
    expect((await provision(temucoAdmin.token, { name: 'X', institution: 'valdivia', role: 'official' })).statusCode).toBe(403);
    expect((await provision(temucoAdmin.token, { name: 'X', email: 'x@y.cl' })).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('refuses a resident\'s token (403) and no token (401), writing nothing', async () => {
    const resident = await tokenHolder();
    const before = await counts();
    expect((await provision(resident.token, { name: 'X', institution: 'temuco' })).statusCode).toBe(403);
    const anonymous = await provision(null, { name: 'X', institution: 'temuco' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'unauthorized' });
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with a 400 and conflicts with a 409, leaving nothing half-made', async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ name: 'B', run: '21.394.576-8' }, 400, 'El dígito verificador no corresponde'],
      [{ name: 'B', run: '21.394' }, 400, 'Escriba el RUN completo'],
      [{ name: 'B', role: 'official' }, 400, 'Este rol se asigna dentro de una institución'],
      [{ name: 'B', institution: 'temuco', role: 'oversight_member', permissions: ['budget'] }, 400, 'solo con el rol official'],
      [{ name: 'B', institution: 'atlantida' }, 400, 'No existe la institución «atlantida»'],
      [{ name: 'B', role: 'platform_admin' }, 400, ''],
      [{ name: 'B', isAdmin: true }, 400, ''],
      // The RUN and the email are checked inside the transaction, after the person row is inserted: both roll back.
      [{ name: 'B', email: 'b@temuco.cl', run: '21394576-9', institution: 'temuco', role: 'official', issueToken: true }, 409, 'Ese RUN ya está vinculado a otra cuenta'],
      [{ name: 'B', email: 'ANA@temuco.cl', issueToken: true }, 409, 'Ya existe una cuenta con ese correo'],
    ];
    for (const [body, status, message] of cases) {
      const res = await provision(platformAdmin.token, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().message).toContain(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('is documented in the OpenAPI document with bearer security, under admin', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const operation = doc.paths['/api/v1/admin/users'].post;
    expect(operation).toMatchObject({ tags: ['admin'], security: [{ bearer: [] }] });
    expect(Object.keys(operation.requestBody.content['application/json'].schema.properties)).toEqual(
      ['name', 'email', 'run', 'institution', 'role', 'permissions', 'issueToken']);
    expect(Object.keys(operation.responses['201'].content['application/json'].schema.properties)).toEqual(['id', 'name', 'verification', 'token']);
  });
});
