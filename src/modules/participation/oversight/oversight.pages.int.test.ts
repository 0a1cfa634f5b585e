// The oversight pages without JavaScript, per role: the body's page (members, draw and how to verify it, filters,
// exports), the forms (422 with the fields kept, refused for those who may not), volunteering, the draw, an
// observation answered by an official and closed by a member, and a report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { people } from '../../../core/auth/schema.js';
import { ACTORS, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { createBody, insertCommitment, isoDay, seatMembers } from './test-support.js';
import { participationOversightDraws } from './schema.js';

let t: TestApp;
let member: Browser;
let commitmentId: number;
const BASE = '/instituciones/temuco/participacion/organo-contralor';
beforeAll(async () => {
  t = await createTestApp();
  const body = await createBody(t);
  member = await verified();
  await seatMembers(t, body, [member.personId]);
  commitmentId = await insertCommitment(t);
}, 60_000);
afterAll(async () => { await t.close(); });

async function verified(): Promise<Browser> {
  const b = await signedIn(t);
  await t.database.db.update(people).set({ identityVerifiedAt: new Date(), identityMethod: 'in_person' }).where(eq(people.id, b.personId));
  return b;
}
const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
const page = (url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookieHeader(b) } : {} });
const form = (b: Browser | null, url: string, fields: Record<string, string>) => t.app.inject({
  method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: cookieHeader(b) } : {}) },
  payload: new URLSearchParams(b ? { _csrf: b.csrf, ...fields } : fields).toString(),
});

describe('the body\'s page', () => {
  it('shows members, the draw with its seed, list hash and recipe, to anyone; the institution without a body says so', async () => {
    const res = await page(BASE);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Órgano contralor ciudadano');
    expect(res.body).toContain('semilla de prueba del sorteo');
    expect(res.body).toContain('Cómo verificar el sorteo');
    expect(res.body).toContain('sha256sum');
    expect(res.body).not.toMatch(/@test\.cabildo\.cl/);
    expect((await page('/instituciones/valdivia/participacion/organo-contralor')).body).toContain('aún no tiene órgano contralor');
    expect((await page(`${BASE}?lang=en`)).body).toContain('Citizen oversight body');
  });

  it('lets only officials with the permission configure the body (422 keeps the fields)', async () => {
    const expected: Array<[ActorKind, number]> = [['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['participationOfficial', 200], ['admin', 200]];
    for (const [kind, status] of expected) expect((await page(`${BASE}/configurar`, await ACTORS[kind](t))).statusCode, kind).toBe(status);
    expect((await page(`${BASE}/configurar`)).statusCode).toBe(303);
    const official = await ACTORS.participationOfficial(t);
    const bad = await form(official, `${BASE}/configurar`, { seats: '0', termMonths: '24', answerDays: '12' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="12"');
    const ok = await form(official, `${BASE}/configurar`, { seats: '3', termMonths: '24', answerDays: '12' });
    expect(ok.statusCode).toBe(303);
    expect((await page(BASE)).body).toContain('12 días hábiles');
    expect((await form(await ACTORS.resident(t), `${BASE}/configurar`, { seats: '3', termMonths: '24', answerDays: '12' })).statusCode).toBe(403);
  });

  it('takes volunteers and runs the draw through forms', async () => {
    const official = await ACTORS.participationOfficial(t);
    const seed = 'semilla secreta del período siguiente';
    const closesAt = `${isoDay(2)}T18:00`;
    const bad = await form(official, `${BASE}/sorteos/nuevo`, { termStart: isoDay(1), closesAt, seed });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('deben cerrar antes del inicio');
    expect(bad.body).toContain(`value="${closesAt}"`);
    const ok = await form(official, `${BASE}/sorteos/nuevo`, { termStart: isoDay(800), closesAt, seed });
    expect(ok.statusCode).toBe(303);
    const [draw] = await t.database.db.select().from(participationOversightDraws).where(eq(participationOversightDraws.termStart, isoDay(800)));
    const url = `/participacion/organo-contralor/sorteos/${draw!.id}`;
    expect((await page(BASE)).body).toContain('Ingrese para postular');
    const unverified = await signedIn(t);
    expect((await page(BASE, unverified)).body).toContain('debe verificar su identidad');
    const v = await verified();
    expect((await page(BASE, v)).body).toContain('Postular como voluntario');
    expect((await form(v, `${url}/voluntarios`, {})).statusCode).toBe(303);
    expect((await page(BASE, v)).body).toContain('Usted está inscrito');
    await t.database.db.update(participationOversightDraws).set({ closesAt: new Date(Date.now() - 1000) }).where(eq(participationOversightDraws.id, draw!.id));
    expect((await form(v, `${url}/realizar`, { seed })).statusCode).toBe(403);
    await form(official, `${url}/realizar`, { seed: 'una semilla equivocada' });
    expect((await page(BASE)).body).not.toContain(seed);
    expect((await form(official, `${url}/realizar`, { seed })).statusCode).toBe(303);
    expect((await page(BASE)).body).toContain(seed);
  });
});

describe('observations and reports through the pages', () => {
  it('a member opens one (errors keep the fields), an official answers, the member closes it', async () => {
    expect((await page(`${BASE}/observaciones/nueva`, await ACTORS.participationOfficial(t))).statusCode).toBe(403);
    expect((await page(`${BASE}/observaciones/nueva`, await verified())).statusCode).toBe(403);
    const fields = { targetType: 'commitment', targetId: '999999', title: 'Luminarias sin fecha', body: 'La plaza sigue sin luminarias y el compromiso vence este año.', submission: 'obs-form-0001' };
    const bad = await form(member, `${BASE}/observaciones/nueva`, fields);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Luminarias sin fecha"');
    expect(bad.body).toContain('No existe en esta institución');
    const ok = await form(member, `${BASE}/observaciones/nueva`, { ...fields, targetId: String(commitmentId), submission: 'obs-form-0002' });
    expect(ok.statusCode).toBe(303);
    const url = ok.headers.location as string;
    // A double submit (same submission key) opens one observation.
    expect((await form(member, `${BASE}/observaciones/nueva`, { ...fields, targetId: String(commitmentId), submission: 'obs-form-0002' })).headers.location).toBe(url);
    const shown = await page(url);
    expect(shown.body).toContain('Esperando respuesta');
    expect(shown.body).toContain('Días no contados');
    expect(shown.body).not.toContain('Publicar la respuesta');
    const official = await ACTORS.participationOfficial(t);
    expect((await page(url, official)).body).toContain('Publicar la respuesta');
    for (const kind of ['resident', 'budgetOfficial', 'otherOfficial'] as const) {
      expect((await form(await ACTORS[kind](t), `${url}/respuesta`, { body: 'No corresponde.' })).statusCode, kind).toBe(403);
    }
    expect((await form(official, `${url}/respuesta`, { body: '', url: 'no-es-url' })).statusCode).toBe(422);
    expect((await form(official, `${url}/respuesta`, { body: 'Las luminarias se instalan en marzo.', url: 'https://temuco.cl/obras' })).statusCode).toBe(303);
    expect((await page(url)).body).toContain('Las luminarias se instalan en marzo.');
    expect((await form(official, `${url}/replica`, { body: 'x'.repeat(10) })).statusCode).toBe(403);
    expect((await form(member, `${url}/replica`, { body: 'Conformes, seguiremos la obra.', close: '1' })).statusCode).toBe(303);
    const closed = await page(url, member);
    expect(closed.body).toContain('Cerrada');
    expect(closed.body).not.toContain('Publicar la réplica');
    const csv = await page(`${BASE}?format=csv&status=closed`);
    expect(csv.body.trim().split('\r\n')).toHaveLength(2);
  });

  it('a member publishes a report; dates are checked', async () => {
    const fields = { title: 'Informe del primer semestre', periodFrom: '2026-01-01', periodTo: '2026-02-30', body: 'Abrimos una observación sobre las luminarias, respondida a tiempo.' };
    const bad = await form(member, `${BASE}/informes/nuevo`, fields);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Informe del primer semestre"');
    const ok = await form(member, `${BASE}/informes/nuevo`, { ...fields, periodTo: '2026-06-30' });
    expect(ok.statusCode).toBe(303);
    expect((await page(ok.headers.location as string)).body).toContain('Abrimos una observación');
    expect((await page(BASE)).body).toContain('Informe del primer semestre');
  });
});
