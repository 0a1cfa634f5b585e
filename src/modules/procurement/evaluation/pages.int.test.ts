// The workspace and the report as pages, per role, with forms that work without JavaScript: appoint, declare, score
// (es-CL decimal comma), award; errors re-render with the values kept (422); the report as HTML, CSV and JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, formPost, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { createTestCall, createTestSupplier } from '../test-support.js';
import { procurementEvaluators, procurementScores } from './schema.js';
import { createEvaluatedCall, createTestEvaluator, type TestCall } from './test-support.js';

let t: TestApp;
let call: TestCall;
let bidIds: number[];
let evaluator: Browser;
let official: Browser;
const M = 1_000_000;
beforeAll(async () => {
  t = await createTestApp();
  // A RUT stored bare ('65190773-K') is printed as the supplier profile prints it.
  const suppliers = [[await createTestSupplier(t, { rut: '65190773-K', legalName: 'Cooperativa Sur' }), await createTestSupplier(t)]];
  const made = await createEvaluatedCall(t, { lots: [{ admitCount: 1 }], prices: [[40 * M, 30 * M]], suppliers });
  call = made.call;
  bidIds = made.bids[0]!.map((b) => b.bidId);
  evaluator = (await createTestEvaluator(t, call.id, { declare: false })).who;
  official = await signedIn(t, 'official', 'temuco', ['procurement']);
}, 180_000);
afterAll(async () => { await t.close(); });

const base = () => `/instituciones/temuco/compras/llamados/${call.id}`;
const get = (who: Browser | null, url: string) => t.app.inject({ url, cookies: who?.cookies });
const post = (who: Browser | null, path: string, fields: Array<[string, string]>) => t.app.inject({ url: `${base()}/evaluacion${path}`, ...formPost(who, fields) });

describe('the workspace', () => {
  const table: Array<[ActorKind | 'supplier' | 'evaluator', number]> = [['anonymous', 303], ['resident', 403], ['supplier', 403], ['participationOfficial', 403],
    ['otherOfficial', 403], ['evaluator', 200], ['procurementOfficial', 200], ['admin', 200]];
  it.each(table)('%s → %i', async (kind, status) => {
    const who = kind === 'evaluator' ? evaluator : kind === 'supplier' ? (await createTestSupplier(t)).rep : await ACTORS[kind](t);
    const res = await get(who, `${base()}/evaluacion`);
    expect(res.statusCode).toBe(status);
    if (status === 303) expect(res.headers.location).toMatch(/^\/ingresar\?next=/);
  });

  it('is not found for a draft call, or under another institution', async () => {
    const draft = await createTestCall(t, { publish: false });
    expect((await get(official, `/instituciones/temuco/compras/llamados/${draft.id}/evaluacion`)).statusCode).toBe(404);
    expect((await get(official, `/instituciones/valdivia/compras/llamados/${call.id}/evaluacion`)).statusCode).toBe(404);
  });

  it('appoints an evaluator (officials of the institution only) by a form', async () => {
    const colleague = await signedIn(t, 'official', 'temuco', ['transparency']);
    expect((await post(await ACTORS.participationOfficial(t), '/evaluadores', [['personId', String(colleague.personId)]])).statusCode).toBe(403);
    const resident = await signedIn(t);
    const refused = await post(official, '/evaluadores', [['personId', String(resident.personId)]]);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('no es funcionaria');
    const res = await post(official, '/evaluadores', [['personId', String(colleague.personId)]]);
    expect([res.statusCode, res.headers.location]).toEqual([303, `${base()}/evaluacion`]);
    expect((await t.database.db.select().from(procurementEvaluators).where(eq(procurementEvaluators.personId, colleague.personId)))).toHaveLength(1);
  });

  it('declares with a signature, scores with a decimal comma, keeps values on errors, and awards', async () => {
    const before = (await get(evaluator, `${base()}/evaluacion`)).body;
    expect(before).toContain('Cooperativa Sur (RUT 65.190.773-K)');
    expect(before).not.toContain('65190773-K');
    const unscored = (await get(official, `${base()}/evaluacion`)).body;
    expect(unscored).toContain('Aún faltan puntajes en 2 ofertas');
    expect(unscored).toContain('Cooperativa Sur: 2 criterios sin puntaje');
    expect(unscored).not.toContain('Adjudicar el lote 1');
    const unsigned = await post(evaluator, '/declaracion', [['conflictSupplierIds', '999999']]);
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.body).toContain('Marque la casilla');
    expect((await post(evaluator, '/declaracion', [['sign', 'yes']])).statusCode).toBe(303);
    const declared = (await get(evaluator, `${base()}/evaluacion`)).body;
    expect(declared).toContain('Su declaración es del');
    expect(declared).not.toMatch(/\.\. /);
    const early = await post(official, '/lotes/1/adjudicar', []);
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('id="f-form">Faltan puntajes: 2 ofertas');

    const [technical, team] = ['technical', 'team'].map((k) => call.criteria.find((c) => c.kind === k)!.id);
    const fields = (bid: number, score: string, reason: string): Array<[string, string]> =>
      [[`score-${bid}-${technical}`, score], [`reason-${bid}-${technical}`, reason], [`score-${bid}-${team}`, '70'], [`reason-${bid}-${team}`, 'Equipo con experiencia']];
    const bad = await post(evaluator, `/ofertas/${bidIds[0]}`, fields(bidIds[0]!, '82,5', ''));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="82.5"');
    expect(bad.body).toContain('Equipo con experiencia');
    for (const bid of bidIds) {
      expect((await post(evaluator, `/ofertas/${bid}`, fields(bid, '82,5', 'Metodología clara'))).statusCode).toBe(303);
      if (bid === bidIds[0]) expect((await get(official, `${base()}/evaluacion`)).body).toContain('Aún faltan puntajes en 1 oferta;');
    }
    const ready = (await get(official, `${base()}/evaluacion`)).body;
    expect(ready).toContain('Adjudicar el lote 1');
    expect(ready).toContain('Se adjudica a la oferta admisible con mejor total');
    expect(ready).not.toContain('Aún faltan puntajes');
    expect((await get(official, `${base()}/evaluacion?lang=en`)).body).toContain('The lot goes to the admissible bid with the best total');
    const stored = await t.database.db.select().from(procurementScores).where(eq(procurementScores.criterionId, technical!));
    expect(stored.map((s) => s.score)).toEqual([82.5, 82.5]);

    expect((await get(null, `${base()}/lotes/1/informe`)).statusCode).toBe(404);
    expect((await post(evaluator, '/lotes/1/adjudicar', [])).statusCode).toBe(403);
    const awarded = await post(official, '/lotes/1/adjudicar', []);
    expect([awarded.statusCode, awarded.headers.location]).toEqual([303, `${base()}/lotes/1/informe`]);
  });
});

describe('the report', () => {
  it('is public as HTML, CSV and JSON once the lot is awarded', async () => {
    const page = await get(null, `${base()}/lotes/1/informe`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<caption>Ofertas del lote 1, puntajes por criterio y resultado</caption>');
    expect(page.body).toContain('Adjudicada');
    expect(page.body).toContain('Precio admisible más bajo');
    expect(page.body).toContain('RUT 65.190.773-K');
    const csv = await get(null, `${base()}/lotes/1/informe.csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^rank,supplier,rut,price,price_\d+,technical_\d+/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,/);
    const json = (await get(null, `${base()}/lotes/1/informe.json`)).json();
    expect(json.ranking).toHaveLength(2);
    expect(json.ranking[0]).toMatchObject({ rank: 1, awarded: true, price: 30 * M });
    expect(json.lot.state).toBe('standstill');
    const en = await t.app.inject({ url: `${base()}/lotes/1/informe?lang=en` });
    expect(en.body).toContain('Award report');
  });

  it('the appointment API answers per role', async () => {
    const colleague = await signedIn(t, 'official', 'temuco', ['budget']);
    const rows: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['admin', 201]];
    for (const [kind, status] of rows) {
      const who = await ACTORS[kind](t);
      const headers = who ? { authorization: `Bearer ${await apiTokenFor(t, who.personId)}` } : {};
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/procurement/calls/${call.id}/evaluators`, headers, payload: { personId: colleague.personId } });
      expect([kind, res.statusCode]).toEqual([kind, status]);
    }
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/procurement/calls/${call.id}/evaluators`,
      headers: { authorization: `Bearer ${await apiTokenFor(t, official.personId)}` }, payload: { personId: colleague.personId } });
    expect(again.statusCode).toBe(409);
  });

  it('the award API answers per role (an admin gets past authorisation to the lot\'s state: already awarded)', async () => {
    const rows: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403], ['admin', 409]];
    for (const [kind, status] of rows) {
      const who = await ACTORS[kind](t);
      const headers = who ? { authorization: `Bearer ${await apiTokenFor(t, who.personId)}` } : {};
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/procurement/lots/${call.lots[0]!.id}/award`, headers });
      expect([kind, res.statusCode]).toEqual([kind, status]);
    }
  });
});
