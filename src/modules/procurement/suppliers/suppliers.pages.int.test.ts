// The pages without JavaScript: registration (one transaction: supplier, members, representative row, core role,
// public audit naming the supplier), refusals (422 with values kept, nothing written), CSRF, per-role access to every
// page and post, editing by representatives only, and managing representatives (never the last).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, emailOf, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { createTestSupplier } from '../test-support.js';
import { companyBody, formFields, jvBody, NATURAL_PERSON_RUT, page, postForm, registerVia, unconfirmed } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

const count = async (table: string) => Number((await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const counts = async () => [await count('procurement_suppliers'), await count('procurement_supplier_members'), await count('procurement_supplier_representatives'), await count('audit_log')];

describe('registration', () => {
  it('writes the supplier, its members, the representative row, the role and a public audit entry, in one go', async () => {
    const person = await signedIn(t);
    const id = await registerVia(t, person, jvBody());
    const [s] = await queryRows<{ legal_name: string; rut: string | null; kind: string }>(t.database.db, sql`select legal_name, rut, kind from procurement_suppliers where id = ${id}`);
    expect(s).toEqual({ legal_name: 'UTP Araucanía Digital', rut: null, kind: 'joint_venture' });
    const members = await queryRows<{ rut: string; natural_person: boolean }>(t.database.db, sql`select rut, natural_person from procurement_supplier_members where supplier_id = ${id} order by id`);
    expect(members.map((m) => m.rut)).toContain('15222333-1');
    expect(await queryRows(t.database.db, sql`select person_id from procurement_supplier_representatives where supplier_id = ${id}`)).toEqual([{ person_id: person.personId }]);
    expect(await queryRows(t.database.db, sql`select role from role_assignments where person_id = ${person.personId}`)).toEqual([{ role: 'supplier_representative' }]);
    const [audit] = await queryRows<{ actor_label: string; public: boolean; summary: { legalName: string } }>(t.database.db,
      sql`select actor_label, public, summary from audit_log where action = 'procurement.supplier.register' and resource_id = ${String(id)}`);
    expect(audit!.public).toBe(true);
    expect(audit!.summary.legalName).toBe('UTP Araucanía Digital');
    expect(JSON.stringify(audit)).not.toContain(await emailOf(t, person.personId));
    // A second supplier by the same person: the role is not granted twice.
    await registerVia(t, person, companyBody({ legalName: 'Otra SpA' }));
    expect(await queryRows(t.database.db, sql`select count(*)::int as n from audit_log where action = 'role.grant' and summary->>'personId' = ${String(person.personId)}`)).toEqual([{ n: 1 }]);
  });

  it('refuses bad input with 422, the values kept and nothing written', async () => {
    const person = await signedIn(t);
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [companyBody({ rut: '76.086.428-4' }), 'dígito verificador'],
      [companyBody({ rut: '7608-6428-5' }), 'con su dígito verificador'],
      [jvBody({ members: [jvBody().members[0]] }), 'al menos dos integrantes'],
      [jvBody({ members: [jvBody().members[0], { ...jvBody().members[1], rut: '15.222.333-2' }] }), 'dígito verificador'],
      [jvBody({ members: [jvBody().members[0], { ...jvBody().members[1], sharePercent: 41 }] }), 'más de 100 %'],
      [companyBody({ categories: [] }), 'Especialidades'],
    ];
    for (const [body, message] of cases) {
      const res = await postForm(t, '/compras/proveedores', person, formFields(body));
      expect(res.statusCode, message).toBe(422);
      expect(res.body, message).toContain(message);
      expect(res.body).toContain(`value="${body.legalName}"`);
    }
    // A form refused for another field also says what is wrong with the RUT, in the same round trip.
    const both = await postForm(t, '/compras/proveedores', person, formFields(companyBody({ rut: '76.086.428-4', categories: [] })));
    expect(both.body).toMatch(/Especialidades: Complete este campo[\s\S]*RUT: El dígito verificador/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a RUT already registered, however it is written', async () => {
    const rut = companyBody().rut;
    await registerVia(t, await signedIn(t), companyBody({ rut }));
    const printed = rut.replace(/^(\d{2})(\d{3})(\d{3})/, '$1.$2.$3');
    const res = await postForm(t, '/compras/proveedores', await signedIn(t), formFields(companyBody({ rut: printed, legalName: 'Copia SpA' })));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Ya hay un proveedor registrado con este RUT');
    expect(res.body).toContain(`value="${printed}"`);
  });

  it('needs a confirmed email, and refuses a post without the CSRF token', async () => {
    expect((await page(t, '/compras/proveedores/nuevo')).headers.location).toMatch(/^\/ingresar\?next=/);
    const pending = await unconfirmed(t);
    const res = await page(t, '/compras/proveedores/nuevo', pending);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('confirme su correo');
    expect((await postForm(t, '/compras/proveedores', pending, formFields(companyBody()))).statusCode).toBe(403);
    const fresh = await signedIn(t);
    const before = await counts();
    expect((await postForm(t, '/compras/proveedores', fresh, formFields(companyBody()), false)).statusCode).toBe(403);
    expect((await postForm(t, '/compras/proveedores', null, formFields(companyBody()))).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe('who may see and do what', () => {
  let supplier: { id: number; rep: Browser };
  let other: { id: number; rep: Browser };
  beforeAll(async () => { supplier = await createTestSupplier(t); other = await createTestSupplier(t); });
  const as = async (kind: ActorKind | 'rep' | 'otherRep') => (kind === 'rep' ? supplier.rep : kind === 'otherRep' ? other.rep : ACTORS[kind](t));

  it.each([
    ['anonymous', 200, 303, 303, 303], ['resident', 200, 200, 403, 403], ['rep', 200, 200, 200, 200], ['otherRep', 200, 200, 403, 403],
    ['procurementOfficial', 200, 200, 403, 403], ['admin', 200, 200, 403, 403], ['platformAdmin', 200, 200, 403, 403],
  ] as Array<[ActorKind | 'rep' | 'otherRep', number, number, number, number]>)('%s: directory and profile %i, new %i, edit %i, representatives %i', async (kind, open, add, edit, reps) => {
    const b = await as(kind);
    expect((await page(t, '/compras/proveedores', b)).statusCode).toBe(open);
    expect((await page(t, `/compras/proveedores/${supplier.id}`, b)).statusCode).toBe(open);
    expect((await page(t, '/compras/proveedores/nuevo', b)).statusCode).toBe(add);
    expect((await page(t, `/compras/proveedores/${supplier.id}/editar`, b)).statusCode).toBe(edit);
    expect((await page(t, `/compras/proveedores/${supplier.id}/representantes`, b)).statusCode).toBe(reps);
    const profile = await page(t, `/compras/proveedores/${supplier.id}`, b);
    expect(profile.body.includes(`/compras/proveedores/${supplier.id}/editar`)).toBe(kind === 'rep');
  });

  it.each(['resident', 'otherRep', 'procurementOfficial', 'admin', 'platformAdmin'] as const)('%s cannot post an edit or change representatives', async (kind) => {
    const b = (await as(kind))!;
    expect((await postForm(t, `/compras/proveedores/${supplier.id}/editar`, b, formFields(companyBody({ legalName: 'Tomado SpA' })))).statusCode).toBe(403);
    expect((await postForm(t, `/compras/proveedores/${supplier.id}/representantes`, b, [['email', await emailOf(t, b.personId)]])).statusCode).toBe(403);
    expect((await postForm(t, `/compras/proveedores/${supplier.id}/representantes/${supplier.rep.personId}/quitar`, b, [])).statusCode).toBe(403);
    expect(await queryRows(t.database.db, sql`select legal_name from procurement_suppliers where id = ${supplier.id}`)).not.toEqual([{ legal_name: 'Tomado SpA' }]);
  });

  it('404s a supplier that does not exist', async () => {
    expect((await page(t, '/compras/proveedores/999999')).statusCode).toBe(404);
  });
});

describe('the representatives\' pages', () => {
  it('edit the profile, audited, with the form filled and errors kept', async () => {
    const rep = await signedIn(t);
    const id = await registerVia(t, rep, companyBody({ legalName: 'Editable SpA' }));
    const form = await page(t, `/compras/proveedores/${id}/editar`, rep);
    expect(form.body).toContain('value="Editable SpA"');
    const bad = await postForm(t, `/compras/proveedores/${id}/editar`, rep, formFields(companyBody({ legalName: 'Editada SpA', website: 'no es una url' })));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Editada SpA"');
    expect((await postForm(t, `/compras/proveedores/${id}/editar`, rep, formFields(companyBody({ legalName: 'Sin Token SpA' })), false)).statusCode).toBe(403);
    expect((await postForm(t, `/compras/proveedores/${id}/representantes`, rep, [['email', 'x@test.cabildo.cl']], false)).statusCode).toBe(403);
    const ok = await postForm(t, `/compras/proveedores/${id}/editar`, rep, formFields(companyBody({ legalName: 'Editada SpA', size: 'medium' })));
    expect(ok.statusCode).toBe(303);
    expect((await page(t, `/compras/proveedores/${id}`)).body).toContain('Editada SpA');
    const [audit] = await queryRows<{ summary: { changed: string[] } }>(t.database.db, sql`select summary from audit_log where action = 'procurement.supplier.update' and resource_id = ${String(id)}`);
    expect(audit!.summary.changed).toEqual(expect.arrayContaining(['legalName', 'size']));
  });

  it('add a person by email, remove one, and never the last', async () => {
    const rep = await signedIn(t);
    const id = await registerVia(t, rep, companyBody({ legalName: 'Con Equipo SpA' }));
    const colleague = await signedIn(t);
    const url = `/compras/proveedores/${id}/representantes`;
    const unknown = await postForm(t, url, rep, [['email', 'nadie@test.cabildo.cl']]);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('value="nadie@test.cabildo.cl"');
    expect((await postForm(t, url, rep, [['email', (await emailOf(t, colleague.personId)).toUpperCase()]])).statusCode).toBe(303);
    expect((await page(t, url, colleague)).statusCode).toBe(200);
    expect(await queryRows(t.database.db, sql`select role from role_assignments where person_id = ${colleague.personId}`)).toEqual([{ role: 'supplier_representative' }]);
    expect((await postForm(t, url, rep, [['email', await emailOf(t, colleague.personId)]])).statusCode).toBe(422);
    // The colleague removes the founder, who represents nothing else now and loses the role; alone, the colleague stays.
    expect((await postForm(t, `${url}/${rep.personId}/quitar`, colleague, [])).statusCode).toBe(303);
    expect(await queryRows(t.database.db, sql`select role from role_assignments where person_id = ${rep.personId}`)).toEqual([]);
    expect((await page(t, url, rep)).statusCode).toBe(403);
    const last = await postForm(t, `${url}/${colleague.personId}/quitar`, colleague, []);
    expect(last.statusCode).toBe(303);
    expect(await queryRows(t.database.db, sql`select person_id from procurement_supplier_representatives where supplier_id = ${id}`)).toEqual([{ person_id: colleague.personId }]);
    expect((await page(t, url, colleague)).body).toContain('Único representante');
  });
});

it('never shows a natural-person member\'s RUT or the representative\'s email on the public pages', async () => {
  const rep = await signedIn(t);
  const id = await registerVia(t, rep, jvBody({ legalName: 'UTP Privacidad' }));
  const email = await emailOf(t, rep.personId);
  for (const url of [`/compras/proveedores/${id}`, '/compras/proveedores?q=privacidad', `/compras/proveedores/${id}?lang=en`]) {
    const res = await page(t, url);
    expect(res.body).toContain('UTP Privacidad');
    expect(res.body).toContain(url.includes('?q') ? 'UTP Privacidad' : 'Ana Millaqueo');
    for (const secret of [NATURAL_PERSON_RUT, '15222333-1', '15.222.333', email]) expect(res.body, `${url} ${secret}`).not.toContain(secret);
  }
});
