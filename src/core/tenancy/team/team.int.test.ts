import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { emailOf, ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { roleAssignments } from '../../auth/schema.js';
import { auditLog } from '../../audit/schema.js';

let t: TestApp;
let admin: Browser; // institution admin of Temuco
let resident: Browser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'institution_admin', 'temuco');
  resident = await signedIn(t);
});
afterAll(async () => { await t.close(); });

const grant = (who: Browser, institution: string, form: string) => t.app.inject({
  method: 'POST', url: `/instituciones/${institution}/equipo`, cookies: who.cookies,
  headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(who.csrf)}&${form}`,
});

describe('institution team page: who may see it', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['budgetOfficial', 403],
    ['admin', 200],
    ['otherAdmin', 403],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    const res = await t.app.inject({ url: '/instituciones/09101/equipo', cookies: b?.cookies });
    expect(res.statusCode).toBe(status);
    const api = await t.app.inject({ url: '/api/v1/institutions/temuco/team', cookies: b?.cookies });
    expect(api.statusCode).toBe(status);
  });
});

describe('institution page', () => {
  it('links each actor to the administration pages their role opens, and nobody else', async () => {
    const links = async (b: Browser | null) => {
      const body = (await t.app.inject({ url: '/instituciones/temuco', cookies: b?.cookies })).body;
      return ['equipo', 'claveunica/configuracion', 'verificaciones', 'padrones'].filter((p) => body.includes(`href="/instituciones/temuco/${p}"`));
    };
    expect(await links(null)).toEqual([]);
    expect(await links(resident)).toEqual([]);
    expect(await links(await signedIn(t, 'official', 'temuco', ['budget']))).toEqual(['verificaciones']);
    expect(await links(await signedIn(t, 'official', 'temuco', ['participation']))).toEqual(['verificaciones', 'padrones']);
    expect(await links(await signedIn(t, 'institution_admin', 'valdivia'))).toEqual([]);
    expect(await links(admin)).toEqual(['equipo', 'claveunica/configuracion', 'verificaciones', 'padrones']);
  });
});

describe('granting and revoking roles', () => {
  it('grants an official role with module permissions, audited in public', async () => {
    const email = await emailOf(t, resident.personId);
    const res = await grant(admin, 'temuco', `email=${encodeURIComponent(email)}&role=official&permissions=budget&permissions=transparency`);
    expect(res.statusCode).toBe(303);
    const rows = await t.database.db.select().from(roleAssignments).where(eq(roleAssignments.personId, resident.personId));
    expect(rows).toMatchObject([{ role: 'official', permissions: ['budget', 'transparency'] }]);
    const flash = res.cookies.find((c) => c.name === 'cabildo_flash')!;
    const page = await t.app.inject({ url: res.headers.location as string, cookies: { ...admin.cookies, cabildo_flash: flash.value } });
    expect(page.body).toContain(`Rol asignado a Persona`);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'role.grant'));
    expect(audit.at(-1)).toMatchObject({ public: true, summary: { role: 'official' } });
  });

  it('re-renders the form with errors and the values kept, writing nothing', async () => {
    const before = (await t.database.db.select().from(roleAssignments)).length;
    const res = await grant(admin, 'temuco', 'email=nobody%40nowhere.cl&role=official');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('No hay una cuenta con ese correo');
    expect(res.body).toContain('value="nobody@nowhere.cl"');
    const bad = await grant(admin, 'temuco', 'email=not-an-email&role=king');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('class="error-summary"');
    expect(bad.body).toContain('href="#f-email"');
    expect((await grant(admin, 'temuco', 'email=a%40b.cl&role=official&isPlatformAdmin=1')).statusCode).toBe(400);
    expect((await t.database.db.select().from(roleAssignments)).length).toBe(before);
  });

  it('refuses a grant without the CSRF token, and an admin of another institution', async () => {
    const email = await emailOf(t, resident.personId);
    const noCsrf = await t.app.inject({
      method: 'POST', url: '/instituciones/temuco/equipo', cookies: admin.cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `email=${encodeURIComponent(email)}&role=institution_admin`,
    });
    expect(noCsrf.statusCode).toBe(403);
    const other = await signedIn(t, 'institution_admin', 'valdivia');
    expect((await grant(other, 'temuco', `email=${encodeURIComponent(email)}&role=institution_admin`)).statusCode).toBe(403);
    const held = await t.database.db.select().from(roleAssignments).where(eq(roleAssignments.personId, resident.personId));
    expect(held.map((r) => r.role)).toEqual(['official']);
  });

  it('revokes a role of its own institution only', async () => {
    const [row] = await t.database.db.select().from(roleAssignments).where(eq(roleAssignments.personId, resident.personId));
    const other = await signedIn(t, 'institution_admin', 'valdivia');
    const wrong = await t.app.inject({ method: 'POST', url: `/instituciones/valdivia/equipo/${row.id}/revocar`, cookies: other.cookies, payload: { _csrf: other.csrf } });
    expect(wrong.statusCode).toBe(404);
    const ok = await t.app.inject({ method: 'POST', url: `/instituciones/temuco/equipo/${row.id}/revocar`, cookies: admin.cookies, payload: { _csrf: admin.csrf } });
    expect(ok.statusCode).toBe(303);
    expect(await t.database.db.select().from(roleAssignments).where(eq(roleAssignments.personId, resident.personId))).toEqual([]);
  });
});
