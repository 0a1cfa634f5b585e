import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, formPost, type AccessTable, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { observatoryMethods, observatoryScores } from '../schema.js';
import { DEFAULT_METHOD } from '../index/method.js';
import { formValuesOf } from './form.js';
import { insertRankingFixture } from './test-support.js';

let t: TestApp;
let steward: Browser;
beforeAll(async () => {
  t = await createTestApp();
  await insertRankingFixture(t.database.db);
  steward = await ACTORS.observatorySteward(t);
});
afterAll(async () => { await t.close(); });

const versions = async () => (await t.database.db.select({ version: observatoryMethods.version }).from(observatoryMethods)).map((r) => r.version).sort();
const publishFields = (change: Record<string, string>) => Object.entries({ ...formValuesOf(DEFAULT_METHOD, 2023), ...change });
const publish = (who: Browser | null, change: Record<string, string>) =>
  t.app.inject({ url: '/observatorio/metodologia/versiones', ...formPost(who, publishFields(change)) });
const NOTE = 'Más peso a las capacidades, según el consejo asesor.';

describe('the methodology page', () => {
  it('explains the default method before the index is computed, step by step', async () => {
    const res = await t.app.inject({ url: '/observatorio/metodologia' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Versión 1, el método por defecto');
    expect(res.body).toContain('<strong>En uso: </strong>Mínimo–máximo');
    expect(res.body).toContain('quedan en 40, 50 y 60');
    expect(res.body).toContain('href="/observatorio/indicadores"');
    expect(res.body).toContain('Grupo A (avanzado)</strong>: puntaje de 75 o más');
    expect(res.body).toContain('bajo 25.000 habitantes, con 50 % o más de población rural');
    expect(res.body).toContain('se recalcula 1.000 veces');
    expect(res.body).toContain('La semilla 20261122 hace el cálculo reproducible');
    expect(res.body).not.toContain('href="/observatorio/metodologia/vista-previa"');
    const en = await t.app.inject({ url: '/observatorio/metodologia?lang=en' });
    expect(en.body).toContain('<strong>In use: </strong>Min–max');
  });

  it('offers the preview to officials only', async () => {
    const res = await t.app.inject({ url: '/observatorio/metodologia', cookies: (await ACTORS.observatoryOfficial(t))!.cookies });
    expect(res.body).toContain('href="/observatorio/metodologia/vista-previa"');
  });
});

describe('who may publish a version', () => {
  it.each([
    ['anonymous', 403], // no session, no CSRF cookie: refused by the CSRF check first
    ['resident', 403],
    ['observatoryOfficial', 403],
    ['admin', 403],
    ['regionalTeam', 403],
    ['otherOfficial', 403],
  ] satisfies AccessTable)('%s → %s, nothing written', async (who, status) => {
    const res = await publish(await ACTORS[who](t), { 'pilar.capacities': '5', nota: NOTE });
    expect(res.statusCode).toBe(status);
    expect(await versions()).toEqual([]);
  });
});

describe('publishing', () => {
  it('refuses a short note or a bad weight, re-rendering the preview with the values (422), nothing written', async () => {
    const noNote = await publish(steward, { 'pilar.capacities': '5', nota: 'corta' });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.body).toContain('href="#f-nota"');
    expect(noNote.body).toContain('>corta</textarea>');
    expect(noNote.body).toContain('Victoria: del puesto 4 al 1');
    const badWeight = await publish(steward, { 'pilar.capacities': '500', nota: NOTE });
    expect(badWeight.statusCode).toBe(422);
    expect(badWeight.body).toContain('href="#f-pilar.capacities"');
    expect(await versions()).toEqual([]);
  });

  it('writes version 2 after the default, audits it in public with the diff, and recomputes under it', async () => {
    const res = await publish(steward, { 'pilar.capacities': '5', nota: NOTE });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/observatorio/metodologia/versiones/2');
    expect(await versions()).toEqual([1, 2]);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'observatory_method.publish'));
    expect(entry).toMatchObject({ public: true, resourceId: '2', actorId: steward.personId,
      summary: { version: 2, previousVersion: 1, note: NOTE, changes: [{ field: 'pillarWeights.capacities', from: 1, to: 5 }] } });
    const scores = await t.database.db.select().from(observatoryScores).where(and(eq(observatoryScores.methodVersion, 2), eq(observatoryScores.year, 2023)));
    expect(scores.find((s) => s.cut === '09211')?.rank).toBe(1);
  });

  it('shows the version with what changed, and the history with the steward\'s name', async () => {
    const page = await t.app.inject({ url: '/observatorio/metodologia/versiones/2' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<th scope="row">Peso del pilar Capacidades <code class="cell-note">pillarWeights.capacities<\/code><\/th><td>1<\/td><td>5<\/td>/);
    expect(page.body).toMatch(/Versión 2 vigente, publicada el/);
    expect(page.body).toContain('&quot;capacities&quot;: 5');
    const first = (await t.app.inject({ url: '/observatorio/metodologia/versiones/1' })).body;
    expect(first).toContain('Es la primera versión');
    expect(first).toContain('reemplazada por una versión posterior');
    expect((await t.app.inject({ url: '/observatorio/metodologia/versiones/3' })).statusCode).toBe(404);
    const method = await t.app.inject({ url: '/observatorio/metodologia' });
    expect(method.body).toMatch(/Versión 2 vigente, publicada el .+ por Persona \d+\./);
    expect(method.body).toContain(NOTE);
    expect(method.body).not.toContain('@test.cabildo.cl');
  });
});

describe('the methodology API', () => {
  it('gives the current method with its weights as applied and the versions', async () => {
    const body = (await t.app.inject({ url: '/api/v1/observatory/methodology' })).json();
    expect(body).toMatchObject({ version: 2, note: NOTE, spec: { normalisation: 'minmax' } });
    expect(body.pillars).toContainEqual({ code: 'capacities', weight: 5 });
    expect(body.indicators).toContainEqual({ code: 'transparency.median_answer_days', pillar: 'transparency', weight: 1, direction: 'lower', unit: 'days', source: 'transparency' });
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(JSON.stringify(body)).not.toMatch(/publishedBy|@|NaN/);
  });

  it('publishes for stewards with a bearer token; refuses others and bad specs, writing nothing', async () => {
    const spec = { ...DEFAULT_METHOD, aggregation: 'geometric' };
    const post = (token: string | null, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/observatory/methodology', payload,
      headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await post(null, { spec, note: NOTE })).statusCode).toBe(401);
    expect((await post(await apiTokenFor(t, (await ACTORS.regionalTeam(t))!.personId), { spec, note: NOTE })).statusCode).toBe(403);
    const token = await apiTokenFor(t, steward.personId);
    const unknown = await post(token, { spec: { ...spec, pillarWeights: { nope: 1 } }, note: NOTE });
    expect(unknown.statusCode).toBe(400);
    expect((await post(token, { spec: { ...spec, normalisation: 'rank' }, note: NOTE })).statusCode).toBe(400);
    expect(await versions()).toEqual([1, 2]);
    const ok = await post(await apiTokenFor(t, (await ACTORS.platformAdmin(t))!.personId), { spec, note: 'Media geométrica: menos compensación.' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ version: 3, spec: { aggregation: 'geometric' } });
  });
});
