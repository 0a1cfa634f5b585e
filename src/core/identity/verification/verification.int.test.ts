import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { emailOf, ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../audit/schema.js';
import { appendAudit } from '../../audit/log.js';
import { people } from '../../auth/schema.js';
import { findInstitution } from '../../tenancy/queries.js';

let t: TestApp;
let official: Browser; // an official of Temuco, in a module unrelated to identity: any official may verify
beforeAll(async () => {
  t = await createTestApp();
  official = await signedIn(t, 'official', 'temuco', ['budget']);
});
afterAll(async () => { await t.close(); });

const URL_TEMUCO = '/instituciones/temuco/verificaciones';
/** Not the RUN the forms show as an example (12.345.678-5), so finding it on a page means it leaked. */
const RUN_TYPED = '21.394.576-9';
/** Every way that RUN could leak: normalised, with dots, digits only, the number alone. */
const RUN_FORMS = ['21394576-9', '21.394.576', '213945769', '21394576'];

const verify = (who: Browser, fields: Record<string, string>) => t.app.inject({
  method: 'POST', url: URL_TEMUCO, cookies: who.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
});
const personRow = async (id: number) => (await t.database.db.select().from(people).where(eq(people.id, id)))[0];
const inPersonEntries = async () => (await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'identity.verify')))
  .filter((e) => (e.summary as { method: string }).method === 'in_person');
const me = async (who: Browser) => (await t.app.inject({ url: '/api/v1/me', cookies: who.cookies }));

describe('in-person verification page: who may see it', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['otherOfficial', 403],
    ['otherAdmin', 403],
    ['budgetOfficial', 200],
    ['admin', 200],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await t.app.inject({ url: '/instituciones/09101/verificaciones', cookies: b?.cookies })).statusCode).toBe(status);
  });

  it('refuses a verification from someone who may not, or without the CSRF token', async () => {
    const person = await signedIn(t);
    const fields = { email: await emailOf(t, person.personId), run: RUN_TYPED };
    expect((await verify(await signedIn(t, 'official', 'valdivia'), fields)).statusCode).toBe(403);
    const noCsrf = await t.app.inject({
      method: 'POST', url: URL_TEMUCO, cookies: official.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect((await personRow(person.personId)).run).toBeNull();
  });
});

describe('verifying a person in person', () => {
  let person: Browser;
  beforeAll(async () => { person = await signedIn(t); });

  it('tells a mistyped RUN from a wrong check digit, and an unknown email, writing nothing', async () => {
    const email = await emailOf(t, person.personId);
    const shape = await verify(official, { email, run: '21.394.57' });
    expect(shape.statusCode).toBe(422);
    expect(shape.body).toContain('Escriba el RUN completo con su dígito verificador');
    expect(shape.body).toContain('value="21.394.57"');
    const digit = await verify(official, { email, run: '21.394.576-8' });
    expect(digit.statusCode).toBe(422);
    expect(digit.body).toContain('El dígito verificador no corresponde al número del RUN');
    const nobody = await verify(official, { email: 'nadie@ninguna.cl', run: RUN_TYPED });
    expect(nobody.body).toContain('No hay una cuenta con ese correo');
    expect((await personRow(person.personId)).run).toBeNull();
    expect(await inPersonEntries()).toEqual([]);
  });

  it('links the RUN: the person is identity-verified, audited in private under the official\'s name, without the RUN', async () => {
    // Someone verified by ClaveÚnica at the same institution: the same audit action, not an official's check.
    const byClaveUnica = await signedIn(t);
    const temucoId = (await findInstitution(t.database.db, 'temuco'))!.id;
    await t.database.db.transaction((tx) => appendAudit(tx, {
      actor: { id: byClaveUnica.personId, label: 'x' }, institutionId: temucoId, action: 'identity.verify', resourceType: 'person',
      resourceId: byClaveUnica.personId, public: false, summary: { method: 'claveunica' },
    }));
    expect((await me(person)).json()).toMatchObject({ verification: 'email' });
    const res = await verify(official, { email: await emailOf(t, person.personId), run: ' 21.394.576-9 ' });
    expect(res.statusCode).toBe(303);
    const row = await personRow(person.personId);
    expect(row).toMatchObject({ run: '21394576-9', identityMethod: 'in_person', identityVerifiedBy: official.personId });
    expect(row.identityVerifiedAt).toBeInstanceOf(Date);

    const after = await me(person);
    expect(after.json()).toMatchObject({ verification: 'identity' });
    for (const form of RUN_FORMS) expect(after.body).not.toContain(form);

    const [entry] = await inPersonEntries();
    const temuco = await findInstitution(t.database.db, 'temuco');
    expect(entry).toMatchObject({
      public: false, institutionId: temuco!.id, actorId: official.personId, actorLabel: (await personRow(official.personId)).name,
      resourceType: 'person', resourceId: String(person.personId), summary: { method: 'in_person' },
    });
    for (const form of RUN_FORMS) expect(JSON.stringify(entry)).not.toContain(form);

    const page = await t.app.inject({ url: URL_TEMUCO, cookies: { ...official.cookies, cabildo_flash: res.cookies.find((c) => c.name === 'cabildo_flash')!.value } });
    expect(page.body).toContain(`Identidad de ${row.name} verificada.`);
    expect(page.body).toContain('<code>21.394.***-*</code>');
    expect(page.body).not.toContain(`<td>${(await personRow(byClaveUnica.personId)).name}</td>`);
    for (const form of RUN_FORMS) expect(page.body).not.toContain(form);
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('says so when the account already holds that RUN, writing nothing', async () => {
    const res = await verify(official, { email: await emailOf(t, person.personId), run: '21394576-9' });
    expect(res.statusCode).toBe(303);
    expect(await inPersonEntries()).toHaveLength(1);
  });

  it('refuses a RUN held by another account, another RUN for a verified account, and an official verifying themself', async () => {
    const other = await signedIn(t);
    const linked = await verify(official, { email: await emailOf(t, other.personId), run: RUN_TYPED });
    expect(linked.statusCode).toBe(422);
    expect(linked.body).toContain('Ese RUN ya está vinculado a otra cuenta');
    expect((await personRow(other.personId)).run).toBeNull();

    const different = await verify(official, { email: await emailOf(t, person.personId), run: '11.111.111-1' });
    expect(different.statusCode).toBe(422);
    expect(different.body).toContain('Esta cuenta ya fue verificada con otro RUN');
    expect((await personRow(person.personId)).run).toBe('21394576-9');

    const self = await verify(official, { email: await emailOf(t, official.personId), run: '11.111.111-1' });
    expect(self.statusCode).toBe(422);
    expect(self.body).toContain('No puede verificar su propia identidad');
    expect((await personRow(official.personId)).run).toBeNull();
    expect(await inPersonEntries()).toHaveLength(1);
  });
});
