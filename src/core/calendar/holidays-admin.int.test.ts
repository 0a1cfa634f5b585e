import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ACTORS, formPost, signedIn, type AccessTable, type Browser } from '../../test-support/people.js';
import { auditLog } from '../audit/schema.js';
import { findInstitution } from '../tenancy/queries.js';
import { institutionHolidays } from './schema.js';
import { addInstitutionHoliday, removeInstitutionHoliday } from './commands.js';
import { findInstitutionCalendar } from './institution-calendar.js';
import { addBusinessDays } from './business-days.js';

let t: TestApp;
let admin: Browser;
let temucoId: number;
const URL = '/instituciones/temuco/admin/feriados';
const add = (who: Browser | null, date: string, name = 'Aniversario de Temuco', law = 'Decreto Alcaldicio 123') =>
  t.app.inject({ url: URL, ...formPost(who, [['date', date], ['name', name], ['law', law]]) });
const rowsOf = (date: string) => t.database.db.select().from(institutionHolidays)
  .where(and(eq(institutionHolidays.institutionId, temucoId), eq(institutionHolidays.date, date)));
const thisYear = new Date().getUTCFullYear();
const next = thisYear + 1;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'institution_admin', 'temuco');
  temucoId = (await findInstitution(t.database.db, 'temuco'))!.id;
});
afterAll(async () => { await t.close(); });

describe('who may see and change the holidays', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['participationOfficial', 403],
    ['transparencyOfficial', 403],
    ['otherOfficial', 403],
    ['admin', 200],
    ['otherAdmin', 403],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s to read, and writes only when allowed', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await t.app.inject({ url: URL, cookies: b?.cookies })).statusCode).toBe(status);
    const res = await add(b, `${next}-03-10`);
    // Anonymous has no CSRF cookie: refused by the CSRF check first.
    expect(res.statusCode).toBe(status === 200 ? 303 : 403);
    expect(await rowsOf(`${next}-03-10`)).toHaveLength(status === 200 ? 1 : 0);
    await t.database.db.delete(institutionHolidays).where(eq(institutionHolidays.institutionId, temucoId));
  });

  it('says an unknown institution is unknown before asking anyone to sign in', async () => {
    expect((await t.app.inject({ url: '/instituciones/atlantida/admin/feriados' })).statusCode).toBe(404);
  });
});

describe('the calendar of this year and the next', () => {
  it('lists national holidays, and the regional ones only where they apply, each with its law', async () => {
    const temuco = await t.app.inject({ url: URL, cookies: admin.cookies });
    expect(temuco.body).toContain(`Feriados de ${thisYear}`);
    expect(temuco.body).toContain(`Feriados de ${next}`);
    expect(temuco.body).toContain(`<time datetime="${next}-09-18">`);
    expect(temuco.body).toContain('Sábado Santo');
    expect(temuco.body).not.toContain('Asalto y Toma del Morro de Arica');
    const aricaAdmin = await signedIn(t, 'institution_admin', '15101');
    const arica = await t.app.inject({ url: '/instituciones/15101/admin/feriados', cookies: aricaAdmin.cookies });
    expect(arica.statusCode).toBe(200);
    expect(arica.body).toMatch(new RegExp(`<time datetime="${next}-06-07">[^<]+</time></th><td>Asalto y Toma del Morro de Arica<span class="cell-note">Regional o comunal · Ley 20.663</span></td>`));
  });
});

describe('the calendar as JSON', () => {
  it('is public, by year, with each day\'s origin and law', async () => {
    const res = await t.app.inject({ url: `/api/v1/institutions/15101/holidays?year=${next}` });
    expect(res.statusCode).toBe(200);
    const days = res.json() as Array<{ date: string; origin: string; law: string | null }>;
    expect(days.find((d) => d.date === `${next}-06-07`)).toMatchObject({ origin: 'territory', law: 'Ley 20.663' });
    expect(days.find((d) => d.date === `${next}-09-18`)).toMatchObject({ origin: 'national' });
    expect((await t.app.inject({ url: '/api/v1/institutions/atlantida/holidays' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/institutions/temuco/holidays?year=1800' })).statusCode).toBe(400);
  });
});

describe('adding and removing a holiday', () => {
  it('adds one with its law, audited in public; deadlines of the institution skip it', async () => {
    const res = await add(admin, `${next}-05-04`, 'Aniversario de Temuco', 'Ley 99.999');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(URL);
    const flash = res.cookies.find((c) => c.name === 'cabildo_flash')!;
    const page = await t.app.inject({ url: URL, cookies: { ...admin.cookies, cabildo_flash: flash.value } });
    expect(page.body).toContain(`Feriado agregado: ${next}-05-04, Aniversario de Temuco.`);
    expect(page.body).toMatch(/<td>Aniversario de Temuco<span class="cell-note">Agregado por la institución · Ley 99.999<\/span><\/td><td><form method="post" action="\/instituciones\/temuco\/admin\/feriados\/\d+\/eliminar"/);
    const audit = (await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'institution_holiday.add'))).at(-1);
    expect(audit).toMatchObject({ public: true, institutionId: temucoId, actorId: admin.personId,
      summary: { date: `${next}-05-04`, name: 'Aniversario de Temuco', law: 'Ley 99.999' } });
    const calendar = await findInstitutionCalendar(t.database.db, temucoId);
    const deadline = addBusinessDays(`${next}-05-03`, 1, calendar);
    expect(deadline.skipped[0]).toEqual({ date: `${next}-05-04`, reason: 'holiday', name: 'Aniversario de Temuco', law: 'Ley 99.999' });
  });

  it('refuses bad input with errors linked to the fields and the values kept, writing nothing', async () => {
    const before = (await t.database.db.select().from(institutionHolidays)).length;
    for (const date of [`${next}-02-30`, '7 de junio', `${thisYear + 3}-01-05`, `${thisYear - 2}-01-05`]) {
      const res = await add(admin, date);
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('href="#f-date"');
      expect(res.body).toContain('value="Aniversario de Temuco"');
    }
    const noLaw = await add(admin, `${next}-05-05`, 'Día del vecino', '');
    expect(noLaw.statusCode).toBe(422);
    expect(noLaw.body).toContain('href="#f-law"');
    const christmas = await add(admin, `${next}-12-25`);
    expect(christmas.statusCode).toBe(422);
    expect(christmas.body).toContain('Ese día ya es feriado en el calendario de la institución: Navidad.');
    const twice = await add(admin, `${next}-05-04`);
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('La institución ya tiene un feriado ese día.');
    expect((await t.app.inject({ url: URL, ...formPost(admin, [['date', `${next}-05-06`], ['name', 'x'], ['law', 'y'], ['isNational', '1']]) })).statusCode).toBe(400);
    expect((await t.database.db.select().from(institutionHolidays)).length).toBe(before);
  });

  it('removes one of its own holidays only', async () => {
    const [row] = await rowsOf(`${next}-05-04`);
    const valdiviaAdmin = await signedIn(t, 'institution_admin', 'valdivia');
    const wrong = await t.app.inject({ url: `/instituciones/valdivia/admin/feriados/${row.id}/eliminar`, ...formPost(valdiviaAdmin, []) });
    expect(wrong.statusCode).toBe(404);
    const official = await ACTORS.transparencyOfficial(t);
    expect((await t.app.inject({ url: `${URL}/${row.id}/eliminar`, ...formPost(official, []) })).statusCode).toBe(403);
    const ok = await t.app.inject({ url: `${URL}/${row.id}/eliminar`, ...formPost(admin, []) });
    expect(ok.statusCode).toBe(303);
    expect(await rowsOf(`${next}-05-04`)).toHaveLength(0);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'institution_holiday.remove'));
    expect(audit).toMatchObject({ public: true, resourceId: String(row.id), summary: { date: `${next}-05-04`, law: 'Ley 99.999' } });
  });
});

describe('the modules hear of the change in the same transaction', () => {
  const actor = { id: null, label: 'test' };
  it('calls every calendarChanged hook with the institution and the reason', async () => {
    const hook = vi.fn(async () => {});
    const added = await t.database.db.transaction((tx) => addInstitutionHoliday(tx, { institutionId: temucoId, date: `${next}-08-10`, name: 'Día X', law: 'Ley 1' }, actor, [hook, hook]));
    expect(hook).toHaveBeenCalledTimes(2);
    expect(hook.mock.calls[0]).toEqual([expect.anything(), { institutionId: temucoId, reason: `Feriado agregado por la institución: ${next}-08-10, Día X (Ley 1)` }]);
    await t.database.db.transaction((tx) => removeInstitutionHoliday(tx, { institutionId: temucoId, id: (added as { id: number }).id }, actor, [hook]));
    expect(hook).toHaveBeenLastCalledWith(expect.anything(), { institutionId: temucoId, reason: `Feriado eliminado por la institución: ${next}-08-10, Día X (Ley 1)` });
  });

  it('writes nothing when a module fails to recompute: the holiday and the deadlines move together or not at all', async () => {
    const failing = async () => { throw new Error('recompute failed'); };
    await expect(t.database.db.transaction((tx) => addInstitutionHoliday(tx, { institutionId: temucoId, date: `${next}-08-11`, name: 'Día Y', law: 'Ley 2' }, actor, [failing]))).rejects.toThrow('recompute failed');
    expect(await rowsOf(`${next}-08-11`)).toHaveLength(0);
  });
});
