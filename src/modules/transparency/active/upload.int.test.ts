// Publishing a monthly update through the page: who may (per role, with CSRF), what a bad file does (422, every
// problem by line and column in the reader's language, the period kept, nothing written), the audit entry, and the
// history kept by period (a correction is a newer update; the older one stays).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { countUpdates, TRANSFERS_CSV, uploadCsv } from './test-support.js';
import { uploadPath } from './present.js';

let t: TestApp;
let official: Browser;
beforeAll(async () => {
  t = await createTestApp();
  official = (await ACTORS.transparencyOfficial(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

describe('who may publish', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
  ] satisfies Array<[ActorKind, number]>)('%s → %s, nothing written', async (who, status) => {
    const res = await uploadCsv(t, await ACTORS[who](t), 'transferencias', '2026-09', TRANSFERS_CSV);
    expect(res.statusCode).toBe(status);
    expect(await countUpdates(t)).toEqual({ updates: 0, rows: 0 });
  });

  it('refuses the official without the CSRF token', async () => {
    expect((await uploadCsv(t, official, 'transferencias', '2026-09', TRANSFERS_CSV, { csrf: false })).statusCode).toBe(403);
    expect((await countUpdates(t)).updates).toBe(0);
  });

  it('shows the form to the transparency official and the admin; sends the anonymous to sign in', async () => {
    const url = uploadPath('temuco', 'personal');
    expect((await t.app.inject({ url })).headers.location).toBe(`/ingresar?next=${encodeURIComponent(url)}`);
    expect((await t.app.inject({ url, cookies: (await ACTORS.resident(t)).cookies })).statusCode).toBe(403);
    const page = await t.app.inject({ url, cookies: official.cookies });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toMatch(/<th scope="row"><code>remuneracion_bruta<\/code><\/th><td>Remuneración bruta mensual<\/td><td>Monto en pesos/);
    expect((await t.app.inject({ url, cookies: (await ACTORS.admin(t))!.cookies })).statusCode).toBe(200);
    expect((await t.app.inject({ url: uploadPath('temuco', 'no-existe'), cookies: official.cookies })).statusCode).toBe(404);
  });

  it('publishes for the transparency official and the admin, audited in public', async () => {
    const res = await uploadCsv(t, official, 'transferencias', '2026-09', TRANSFERS_CSV);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/instituciones/temuco/transparencia/activa/transferencias');
    expect((await uploadCsv(t, (await ACTORS.admin(t))!, 'transferencias', '2026-10', TRANSFERS_CSV)).statusCode).toBe(303);
    expect(await countUpdates(t)).toEqual({ updates: 2, rows: 4 });
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'transparency_active.publish'), eq(auditLog.actorId, official.personId)));
    expect(entry).toMatchObject({ public: true, resourceType: 'transparency_active_update', summary: { category: 'transferencias', period: '2026-09', rows: 2, fileName: 'transferencias.csv' } });
  });
});

describe('a file or a period that is not right', () => {
  const BAD = 'fecha;receptor;finalidad;monto\n2026-10-05;Junta;Sede;3.500.000\n32-10-2026;;Sede;diez mil\n';

  it('lists every problem by line and column, keeps the period and writes nothing', async () => {
    const before = await countUpdates(t);
    const res = await uploadCsv(t, official, 'transferencias', '2026-08', BAD);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('El archivo tiene 3 problemas y no se publicó nada.');
    expect(res.body).toMatch(/<td class="num">3<\/td><td>Fecha<\/td><td>No es una fecha válida/);
    expect(res.body).toMatch(/<td class="num">3<\/td><td>Receptor<\/td><td>Celda obligatoria vacía.<\/td>/);
    expect(res.body).toMatch(/<td class="num">3<\/td><td>Monto<\/td><td>No es un número entero/);
    expect(res.body).toContain('name="period" type="text" value="2026-08"');
    expect(await countUpdates(t)).toEqual(before);
  });

  it('speaks the reader\'s language', async () => {
    const res = await uploadCsv(t, official, 'transferencias', '2026-08', BAD, { lang: 'en' });
    expect(res.body).toContain('The file has 3 problems and nothing was published.');
    expect(res.body).toMatch(/<td>Recipient<\/td><td>Required cell is empty.<\/td>/);
  });

  it.each([
    ['2099-01', TRANSFERS_CSV, 'El período no puede ser posterior al mes en curso.'],
    ['2008-12', TRANSFERS_CSV, 'abril de 2009'],
    ['2026-9', TRANSFERS_CSV, 'href="#f-period"'],
    ['2026-09', null, 'Elija un archivo CSV.'],
    ['2026-09', '', 'El archivo está vacío.'],
  ])('period %j: 422 with %j', async (period, csv, message) => {
    const before = await countUpdates(t);
    const res = await uploadCsv(t, official, 'transferencias', period, csv);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(message);
    expect(await countUpdates(t)).toEqual(before);
  });

  it('refuses a file over 5 MB with the form again', async () => {
    const res = await uploadCsv(t, official, 'transferencias', '2026-08', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
    expect([413, 422]).toContain(res.statusCode);
    expect((await countUpdates(t)).updates).toBe(2);
  });
});

describe('history by period', () => {
  it('keeps the previous update when a period is published again, showing the newest', async () => {
    expect((await uploadCsv(t, official, 'transferencias', '2026-10', 'fecha;receptor;finalidad;monto\n20-10-2026;Corporación Ficticia;Teatro;12.000.000\n')).statusCode).toBe(303);
    expect((await countUpdates(t)).updates).toBe(3);
    const page = await t.app.inject({ url: '/instituciones/temuco/transparencia/activa/transferencias' });
    expect(page.body).toContain('Período vigente: octubre de 2026.');
    expect(page.body).toContain('Corporación Ficticia');
    expect(page.body).not.toContain('Club Deportivo Demo');
    const upload = await t.app.inject({ url: uploadPath('temuco', 'transferencias'), cookies: official.cookies });
    expect(upload.body.match(/<th scope="row">octubre de 2026<\/th>/g)).toHaveLength(2);
  });
});
