// The call pages without JavaScript: who sees what (per role; drafts hidden), the call form (create, 422 with values
// kept and nothing written, add and remove lots in a draft, amend a published call), the page's steps (publish,
// ask, answer, cancel a lot) and the UTM admin page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, formPost, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { toSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { procurementUtmValues } from './schema.js';
import { findCallDetail, inputOf } from './queries.js';
import { formValuesOf } from './form.js';
import type { CallInput } from './rules.js';
import { DAY, validCall, validLot } from './test-support.js';

let t: TestApp;
let official: Browser;
beforeAll(async () => { t = await createTestApp(); official = await signedIn(t, 'official', 'temuco', ['procurement']); }, 180_000);
afterAll(async () => { await t.close(); });

const BASE = '/instituciones/temuco/compras/llamados';
const count = async () => Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from procurement_calls`))[0]!.n);
const get = (url: string, who: Browser | null = null) => t.app.inject({ url, cookies: who?.cookies });
const post = (url: string, who: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(who, fields) });

/** The form fields of a call, as a browser posts them. */
function fieldsOf(input: CallInput): Array<[string, string]> {
  const f: Array<[string, string]> = [['kind', input.kind], ['title', input.title], ['description', input.description], ['maxLotsBid', ''], ['maxLotsWon', ''], ['standstillDays', String(input.standstillDays)]];
  input.lots.forEach((l, i) => f.push(...Object.entries({
    title: l.title, description: l.description, budgetAmount: `$ ${new Intl.NumberFormat('es-CL').format(l.budgetAmount)}`, regionCode: l.regionCode ?? '', category: l.category,
    admitCount: String(l.admitCount), questionsUntil: toSantiagoLocal(l.questionsUntil), bidsUntil: toSantiagoLocal(l.bidsUntil), awardBy: l.awardBy,
    deliveryStart: l.deliveryStart, deliveryEnd: l.deliveryEnd, budgetLine: l.budgetLine ?? '',
  }).map(([k, v]) => [`lot${i + 1}_${k}`, v] as [string, string])));
  input.criteria.forEach((c, i) => f.push([`crit${i + 1}_kind`, c.kind], [`crit${i + 1}_name`, c.name], [`crit${i + 1}_description`, c.description],
    [`crit${i + 1}_weight`, String(c.weight)], [`crit${i + 1}_minScore`, c.minScore === null ? '' : String(c.minScore).replace('.', ',')]));
  // The blank blocks the form always offers.
  f.push([`lot${input.lots.length + 1}_title`, ''], [`lot${input.lots.length + 1}_category`, 'software-development'], [`lot${input.lots.length + 1}_admitCount`, '1']);
  return f;
}
async function createViaForm(input = validCall()) {
  const res = await post(BASE, official, fieldsOf(input));
  expect(res.statusCode).toBe(303);
  return Number(/\/llamados\/(\d+)$/.exec(res.headers.location as string)![1]);
}

describe('who sees the officials\' pages', () => {
  it.each([['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['procurementOfficial', 200], ['admin', 200]] satisfies AccessTable)(
    '%s → %i on the list and the new-call form', async (kind, status) => {
      const who = await ACTORS[kind](t);
      expect((await get(BASE, who)).statusCode).toBe(status);
      expect((await get(`${BASE}/nuevo`, who)).statusCode).toBe(status === 401 ? 303 : status);
    });

  it('a draft\'s page is a 404 to all but the institution\'s procurement officials; a published one is public', async () => {
    const id = await createViaForm();
    for (const kind of ['anonymous', 'resident', 'participationOfficial', 'otherOfficial'] as const) expect((await get(`${BASE}/${id}`, await ACTORS[kind](t))).statusCode).toBe(404);
    expect((await get(`${BASE}/${id}`, await ACTORS.admin(t))).statusCode).toBe(200);
    expect((await get(`/instituciones/valdivia/compras/llamados/${id}`, official)).statusCode).toBe(404);
    expect((await post(`${BASE}/${id}/publicar`, official, [])).statusCode).toBe(303);
    const page = await get(`${BASE}/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Precio: el precio más bajo entre las ofertas admisibles del lote ÷ el precio de la oferta × 100.');
    expect(page.body).toContain('$30.000.000');
    expect(page.body).toContain('<dd>La Araucanía</dd>');
    expect(page.body).toContain(`/api/v1/procurement/ocds/records/ocds-`);
    expect(page.body).not.toContain(`${BASE}/${id}/publicar`);
    expect((await post(`${BASE}/${id}/cancelar`, await ACTORS.resident(t), [['reason', 'No corresponde']])).statusCode).toBe(403);
  });
});

describe('who may edit, amend and publish', () => {
  it.each([['anonymous', 303], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['procurementOfficial', 200], ['admin', 200]] satisfies AccessTable)(
    '%s → %i on the amendment form of a published call; a draft\'s edit and publish are hidden from all but its officials', async (kind, status) => {
      const who = await ACTORS[kind](t);
      const published = await createViaForm();
      await post(`${BASE}/${published}/publicar`, official, []);
      expect((await get(`${BASE}/${published}/editar`, who)).statusCode).toBe(status);
      const draft = await createViaForm();
      const hidden = status === 200 ? 200 : kind === 'anonymous' ? 303 : 404;
      expect((await get(`${BASE}/${draft}/editar`, who)).statusCode).toBe(hidden);
      expect((await post(`${BASE}/${draft}/publicar`, who, [])).statusCode).toBe(status === 200 ? 303 : kind === 'anonymous' ? 403 : 404);
    });
});

describe('the call form', () => {
  it('keeps every value on a 422 and writes nothing', async () => {
    const before = await count();
    const input = validCall(new Date(), { title: 'Convenio de analítica', criteria: [{ kind: 'price', name: 'Precio', description: '', weight: 70, minScore: null }] });
    const fields = fieldsOf(input).map(([k, v]) => (k === 'lot1_awardBy' ? [k, '2027-02-30'] : [k, v]) as [string, string]);
    const res = await post(BASE, official, fields);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#f-lot1_awardBy"');
    expect(res.body).toContain('value="Convenio de analítica"');
    expect(res.body).toContain('value="2027-02-30"');
    const rules = await post(BASE, official, fieldsOf(input));
    expect(rules.statusCode).toBe(422);
    expect(rules.body).toContain('Las ponderaciones suman 70 %: deben sumar exactamente 100 %.');
    expect(await count()).toBe(before);
  });

  it('adds a lot in the blank block and removes another in a draft', async () => {
    const id = await createViaForm(validCall(new Date(), { lots: [validLot(new Date(), { title: 'Lote que se quita' }), validLot()] }));
    const base = fieldsOf(inputOf((await findCallDetail(t.database.db, id))!));
    const edited = base.filter(([k]) => !k.startsWith('lot3_'))
      .concat([['lot1_remove', 'on'], ...fieldsOf(validCall(new Date(), { lots: [validLot(new Date(), { title: 'Lote nuevo de datos', category: 'data-analytics' })] }))
        .filter(([k]) => k.startsWith('lot1_')).map(([k, v]) => [k.replace('lot1_', 'lot3_'), v] as [string, string])]);
    const res = await post(`${BASE}/${id}/editar`, official, edited);
    expect(res.statusCode).toBe(303);
    const call = (await findCallDetail(t.database.db, id))!;
    expect(call.lots.map((l) => [l.number, l.title, l.category])).toEqual([[1, 'Desarrollo del portal de trámites', 'software-development'], [2, 'Lote nuevo de datos', 'data-analytics']]);
  });

  it('amends a published call with a summary; a lower budget is refused on its field', async () => {
    const id = await createViaForm();
    await post(`${BASE}/${id}/publicar`, official, []);
    const form = await get(`${BASE}/${id}/editar`, official);
    expect(form.body).toContain('name="summary"');
    expect(form.body).not.toContain('name="crit1_weight"');
    // What the amendment form posts: the call and its lots, no criteria.
    const mine = Object.entries(formValuesOf((await findCallDetail(t.database.db, id))!)).filter(([k]) => !k.startsWith('crit'));
    const lower = await post(`${BASE}/${id}/editar`, official, [...mine.map(([k, v]) => (k === 'lot1_budgetAmount' ? [k, '1000'] : [k, v]) as [string, string]), ['summary', 'Baja el presupuesto']]);
    expect(lower.statusCode).toBe(422);
    expect(lower.body).toContain('href="#f-lot1_budgetAmount"');
    const later = toSantiagoLocal(new Date(Date.now() + 12 * DAY));
    const ok = await post(`${BASE}/${id}/editar`, official, [...mine.map(([k, v]) => (k === 'lot1_bidsUntil' ? [k, later] : [k, v]) as [string, string]), ['summary', 'Se extiende el cierre de ofertas.']]);
    expect(ok.statusCode).toBe(303);
    expect((await get(`${BASE}/${id}`)).body).toContain('Bases modificadas: Se extiende el cierre de ofertas.');
  });
});

describe('steps on the call page', () => {
  it('ask (signed in), answer (officials), cancel a lot with reasons', async () => {
    const id = await createViaForm();
    await post(`${BASE}/${id}/publicar`, official, []);
    const resident = await signedIn(t);
    expect((await post(`${BASE}/${id}/preguntas`, resident, [['lot', ''], ['question', 'corta']])).statusCode).toBe(422);
    expect((await post(`${BASE}/${id}/preguntas`, resident, [['lot', '1'], ['question', '¿Se puede ofertar en consorcio?']])).statusCode).toBe(303);
    const page = await get(`${BASE}/${id}`, official);
    const qid = /preguntas\/(\d+)\/respuesta/.exec(page.body)![1];
    expect((await post(`${BASE}/${id}/preguntas/${qid}/respuesta`, resident, [['answer', 'Sí']])).statusCode).toBe(403);
    expect((await post(`${BASE}/${id}/preguntas/${qid}/respuesta`, official, [['answer', 'Sí, como unión temporal.']])).statusCode).toBe(303);
    const again = await post(`${BASE}/${id}/preguntas/${qid}/respuesta`, official, [['answer', 'Otra vez']]);
    expect([again.statusCode, again.body.includes('Esta pregunta ya fue respondida.')]).toEqual([422, true]);
    expect((await post(`${BASE}/${id}/lotes/1/cancelar`, official, [['reason', 'Se compra por convenio marco nacional.']])).statusCode).toBe(303);
    const after = await get(`${BASE}/${id}`);
    expect(after.body).toContain('Sí, como unión temporal.');
    expect(after.body).toContain('Cancelado — Se compra por convenio marco nacional.');
    expect(after.body).not.toContain(`Persona ${resident.personId}`);
  });
});

describe('/admin/utm', () => {
  it.each([['anonymous', 401], ['resident', 403], ['admin', 403], ['procurementOfficial', 403], ['platformAdmin', 200]] satisfies AccessTable)('%s → %i', async (kind, status) => {
    const who = await ACTORS[kind](t);
    expect((await get('/admin/utm', who)).statusCode).toBe(status);
    // Without a session there is no CSRF cookie: the CSRF check refuses first (403).
    expect((await post('/admin/utm', who, [['month', '2031-01'], ['pesos', '12345'], ['source', 'Valor inventado']])).statusCode).toBe(status === 200 ? 303 : 403);
  });

  it('adds and corrects a month written the Chilean way, audited in public with the previous figure; bad input kept', async () => {
    const admin = await ACTORS.platformAdmin(t);
    expect((await post('/admin/utm', admin, [['month', '2032-05'], ['pesos', '$ 60.000'], ['source', 'Valor inventado para pruebas']])).statusCode).toBe(303);
    expect((await post('/admin/utm', admin, [['month', '2032-05'], ['pesos', '61000'], ['source', 'Valor inventado, corregido']])).statusCode).toBe(303);
    const [row] = await t.database.db.select().from(procurementUtmValues).where(eq(procurementUtmValues.month, '2032-05-01'));
    expect(row).toMatchObject({ pesos: 61_000, source: 'Valor inventado, corregido' });
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, '2032-05-01'));
    expect(entries.at(-1)).toMatchObject({ action: 'procurement_utm.set', public: true, summary: { pesos: 61_000, previousPesos: 60_000 } });
    const bad = await post('/admin/utm', admin, [['month', '2032-13'], ['pesos', 'mucho'], ['source', 'x']]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="mucho"');
    const page = await get('/admin/utm', admin);
    expect(page.body).toContain('$6.100.000');
  });
});
