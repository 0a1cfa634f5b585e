import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../../test-support/people.js';
import { auditLog } from '../../../../core/audit/schema.js';
import { loadDeflators } from '../../deflators.js';
import { money } from '../../pages/money.js';
import { budgetDeflators } from '../../schema.js';

let t: TestApp;
let official: Browser; // budget official of Temuco
beforeAll(async () => {
  t = await createTestApp();
  official = await signedIn(t, 'official', 'temuco', ['budget']);
});
afterAll(async () => { await t.close(); });

const URL = '/presupuesto/deflactores';
const post = (who: Browser | null, form: string) => t.app.inject({
  method: 'POST', url: URL, cookies: who?.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: `_csrf=${encodeURIComponent(who?.csrf ?? '')}&${form}`,
});
const rowOf = async (year: number) => (await t.database.db.select().from(budgetDeflators).where(eq(budgetDeflators.year, year)))[0];

describe('deflators page: public to read, edited like the technology rules', () => {
  it('lists the seeded table with its source and an example of the chain', async () => {
    const page = await t.app.inject({ url: URL });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<td>2022<\/td><td class="num">11,6 %<\/td><td>INE, IPC: variación promedio anual<\/td><td>Carga inicial<\/td>/);
    const converted = (await loadDeflators(t.database.db)).convert(1_000_000n, 2009, 2024)!;
    expect(converted).toBeGreaterThan(1_500_000n);
    expect(page.body).toContain(`Por ejemplo, $1.000.000 de 2009 equivalen a ${money(converted, 'es-CL')} de 2024.`);
    expect(page.body).not.toContain(`action="${URL}"`);
  });

  it.each([
    ['anonymous', 403], // no CSRF cookie without a session: refused by the CSRF check first
    ['resident', 403],
    ['participationOfficial', 403],
    ['otherOfficial', 303],
    ['platformAdmin', 303],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await post(b, 'year=2030&variation=3&source=INE')).statusCode).toBe(status);
    expect(!!(await rowOf(2030))).toBe(status === 303);
    await t.database.db.delete(budgetDeflators).where(eq(budgetDeflators.year, 2030));
  });
});

describe('adding and correcting a year', () => {
  it('adds a year written the Chilean way, audited in public under the official\'s name', async () => {
    const res = await post(official, 'year=2025&variation=4%2C3&source=INE%2C+IPC%3A+variaci%C3%B3n+promedio+anual');
    expect(res.statusCode).toBe(303);
    expect(await rowOf(2025)).toMatchObject({ variation: '4.30', updatedBy: official.personId });
    const flash = res.cookies.find((c) => c.name === 'cabildo_flash')!;
    const page = await t.app.inject({ url: URL, cookies: { ...official.cookies, cabildo_flash: flash.value } });
    expect(page.body).toContain('Variación de 2025 guardada: 4,3 %.');
    expect(page.body).toMatch(/<td>2025<\/td><td class="num">4,3 %<\/td><td>INE, IPC: variación promedio anual<\/td><td>Persona \d+<\/td>/);
    expect(page.body).toContain('de 2009 equivalen a');
    expect(page.body).toContain('de 2025.');
  });

  it('corrects a year: the chain follows, and the audit entry keeps the previous figure', async () => {
    const form = await t.app.inject({ url: `${URL}?anio=2017`, cookies: official.cookies });
    expect(form.body).toContain('id="f-variation" name="variation" type="text" value="2.20"');
    expect((await post(official, 'year=2017&variation=2.18&source=INE%2C+IPC+base+2018')).statusCode).toBe(303);
    expect((await loadDeflators(t.database.db)).factor(2016, 2017)).toBe(1.0218);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, '2017'));
    expect(entry).toMatchObject({ action: 'budget_deflator.set', public: true, actorId: official.personId,
      summary: { year: 2017, variation: '2.18', previousVariation: '2.20', source: 'INE, IPC base 2018' } });
  });

  it('refuses a figure that is not a percentage with errors linked to the fields, changing nothing', async () => {
    for (const form of ['year=2017&variation=abc&source=x', 'year=2017&variation=-100&source=x', 'year=2017&variation=2.205&source=x']) {
      const res = await post(official, form);
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('href="#f-variation"');
    }
    const year = await post(official, 'year=17&variation=2&source=');
    expect(year.body).toContain('href="#f-year"');
    expect(year.body).toContain('href="#f-source"');
    expect((await rowOf(2017)).variation).toBe('2.18');
  });

  it('says which year breaks the chain', async () => {
    await t.database.db.delete(budgetDeflators).where(eq(budgetDeflators.year, 2016));
    const page = await t.app.inject({ url: URL });
    expect(page.body).toContain('Falta la variación de 2016: no se pueden comparar pesos de 2009 con pesos de 2025.');
  });
});
