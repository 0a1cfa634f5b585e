import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, signedIn, type AccessTable, type ActorKind } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { createTestProcess } from './test-support.js';

let t: TestApp;
let token: string; // participation official of Temuco
beforeAll(async () => {
  t = await createTestApp();
  token = await apiTokenFor(t, (await signedIn(t, 'official', 'temuco', ['participation'])).personId);
});
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const body = (over: Record<string, unknown> = {}) => ({
  institution: 'temuco', title: 'Plan de plazas 2027', description: 'Qué plazas renovar primero.', scope: 'comuna', scopeCode: '09101',
  phases: [
    { title: 'Información', startsAt: iso(-10), endsAt: iso(-1), components: [] },
    { title: 'Propuestas', startsAt: iso(-1), endsAt: iso(20), components: ['proposals', 'debate'] },
  ],
  ...over,
});
const post = (payload: object, auth = token, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/participation/processes', headers: { authorization: `Bearer ${auth}`, ...headers }, payload });

describe('creating a process through the API', () => {
  it('stores it with its phases, answers which phase is active and what it enables, and audits it', async () => {
    const res = await post(body());
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ title: 'Plan de plazas 2027', scopeName: 'Temuco', state: 'active', enabled: ['proposals', 'debate'], institution: { slug: 'temuco' } });
    expect(p.phases.map((x: { title: string; active: boolean }) => [x.title, x.active])).toEqual([['Información', false], ['Propuestas', true]]);
    expect(p.activePhaseId).toBe(p.phases[1].id);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'participation.process.create'), eq(auditLog.resourceId, String(p.id))));
    expect(entry).toMatchObject({ public: true, summary: { phases: 2, scopeCode: '09101' } });
    expect((await t.app.inject({ url: `/api/v1/participation/processes/${p.id}` })).json().phases).toHaveLength(2);
  });

  it('creates one process for a repeated Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'key-of-a-double-submit' };
    const [a, b] = [await post(body({ title: 'Una sola vez' }), token, headers), await post(body({ title: 'Una sola vez' }), token, headers)];
    expect(a.json().id).toBe(b.json().id);
  });

  it.each([
    [{ scopeCode: '99999' }, 'El código 99999 no es el de una comuna'],
    [{ scope: 'region', scopeCode: '77' }, 'El código 77 no es el de una región'],
    [{ scopeCode: '14101' }, 'El territorio 14101 está fuera del de Municipalidad de Temuco'],
    [{ phases: [{ title: 'Al revés', startsAt: iso(5), endsAt: iso(2), components: [] }] }, 'La fase «Al revés» debe terminar después de empezar'],
    [{ phases: [{ title: 'A', startsAt: iso(0), endsAt: iso(10), components: [] }, { title: 'B', startsAt: iso(9), endsAt: iso(12), components: ['vote'] }] },
      'La fase «B» empieza antes de que termine «A»'],
    [{ institution: 'atlantida' }, 'No hay una institución «atlantida»'],
  ])('refuses %j with a clear 400', async (over, message) => {
    const res = await post(body(over));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(message);
  });

  it('refuses a malformed body (no phases, unknown component) with 400', async () => {
    expect((await post(body({ phases: [] }))).statusCode).toBe(400);
    expect((await post(body({ phases: [{ title: 'X', startsAt: iso(0), endsAt: iso(1), components: ['lottery'] }] }))).statusCode).toBe(400);
  });

  it('lets a regional government cover one of its comunas but not another region', async () => {
    const gore = await apiTokenFor(t, (await signedIn(t, 'official', '09', ['participation'])).personId);
    expect((await post(body({ institution: '09', scope: 'comuna', scopeCode: '09112' }), gore)).statusCode).toBe(201);
    expect((await post(body({ institution: '09', scope: 'region', scopeCode: '09' }), gore)).statusCode).toBe(201);
    expect((await post(body({ institution: '09', scope: 'region', scopeCode: '13' }), gore)).statusCode).toBe(400);
  });
});

describe('who may create and edit', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['participationOfficial', 201], ['admin', 201], ['platformAdmin', 201],
  ] satisfies Array<[ActorKind, number]>)('%s creates → %s, edits → same', async (who, status) => {
    const b = await ACTORS[who](t);
    const auth = b ? await apiTokenFor(t, b.personId) : 'none';
    const res = b ? await post(body({ title: `Por ${who}` }), auth) : await t.app.inject({ method: 'POST', url: '/api/v1/participation/processes', payload: body() });
    expect(res.statusCode).toBe(status);
    const target = await createTestProcess(t);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/participation/processes/${target.id}`,
      headers: b ? { authorization: `Bearer ${auth}` } : {}, payload: { title: `Editado por ${who}` } });
    expect(patch.statusCode).toBe(status === 201 ? 200 : status);
  });

  it('reading is public', async () => {
    const { id } = await createTestProcess(t);
    const access: AccessTable = [['anonymous', 200], ['resident', 200]];
    for (const [who, status] of access) {
      const b = await ACTORS[who](t);
      expect((await t.app.inject({ url: `/api/v1/participation/processes/${id}`, cookies: b?.cookies })).statusCode).toBe(status);
    }
    expect((await t.app.inject({ url: '/api/v1/participation/processes/999999' })).statusCode).toBe(404);
  });
});

describe('editing a process', () => {
  const patch = (id: number, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/v1/participation/processes/${id}`, headers: { authorization: `Bearer ${token}` }, payload });

  it('keeps phases sent with their id, adds new ones, removes the rest, and audits what changed', async () => {
    const p = (await post(body({ title: 'Para editar' }))).json();
    const [info, proposals] = p.phases;
    const res = await patch(p.id, { description: 'Nueva descripción.', phases: [
      { id: proposals.id, title: 'Propuestas y debate', startsAt: proposals.startsAt, endsAt: iso(10), components: ['proposals'] },
      { title: 'Votación', startsAt: iso(10), endsAt: iso(15), components: ['vote'] },
    ] });
    expect(res.statusCode).toBe(200);
    const edited = res.json();
    expect(edited.description).toBe('Nueva descripción.');
    expect(edited.phases.map((x: { id: number; title: string }) => x.title)).toEqual(['Propuestas y debate', 'Votación']);
    expect(edited.phases[0].id).toBe(proposals.id);
    expect(edited.phases.some((x: { id: number }) => x.id === info.id)).toBe(false);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'participation.process.update'), eq(auditLog.resourceId, String(p.id))));
    expect(entry!.summary).toEqual({ changed: ['description'], phases: { kept: 1, added: 1, removed: 1 } });
  });

  it('checks the merged result: overlapping phases, a phase of another process, a territory outside', async () => {
    const p = (await post(body({ title: 'Reglas al editar' }))).json();
    const other = (await post(body({ title: 'Otro' }))).json();
    const overlap = await patch(p.id, { phases: [{ title: 'A', startsAt: iso(0), endsAt: iso(5), components: [] }, { title: 'B', startsAt: iso(4), endsAt: iso(6), components: [] }] });
    expect(overlap.statusCode).toBe(400);
    const stranger = await patch(p.id, { phases: [{ id: other.phases[0].id, title: 'Ajena', startsAt: iso(0), endsAt: iso(5), components: [] }] });
    expect(stranger.json().message).toContain(`La fase ${other.phases[0].id} no es de este proceso`);
    expect((await patch(p.id, { scopeCode: '09112' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/v1/participation/processes/${p.id}` })).json().phases).toHaveLength(2);
  });
});

describe('listing, filtering and exporting', () => {
  let ids: Record<string, number>;
  beforeAll(async () => {
    const make = async (title: string, from: number, to: number, institution = 'temuco', scopeCode = '09101') =>
      (await post(body({ institution, scopeCode, title, description: 'Proceso de la lista.', phases: [{ title: 'Única', startsAt: iso(from), endsAt: iso(to), components: ['debate'] }] }),
        institution === 'temuco' ? token : await apiTokenFor(t, (await signedIn(t, 'official', institution, ['participation'])).personId))).json().id as number;
    ids = {
      past: await make('Presupuesto participativo 2025', -30, -20),
      now: await make('Ciclovías de Temuco', -1, 5),
      next: await make('Participación en salud primaria', 10, 20),
      valdivia: await make('Costanera de Valdivia', -1, 5, 'valdivia', '14101'),
    };
  });
  const list = async (qs: string) => (await t.app.inject({ url: `/api/v1/participation/processes?${qs}` })).json();

  it('filters by state, institution, scope and words (accents ignored, stemmed)', async () => {
    expect((await list('state=finished')).items.map((i: { id: number }) => i.id)).toContain(ids.past);
    expect((await list('state=finished')).items.map((i: { id: number }) => i.id)).not.toContain(ids.now);
    expect((await list('state=upcoming')).items.map((i: { id: number }) => i.id)).toEqual([ids.next]);
    expect((await list('institution=valdivia')).items.map((i: { id: number }) => i.id)).toEqual([ids.valdivia]);
    expect((await list('scope=14101')).items.map((i: { id: number }) => i.id)).toEqual([ids.valdivia]);
    expect((await list('q=participacion')).items.map((i: { id: number }) => i.id)).toEqual([ids.next]);
    expect((await list('q=ciclovia')).items.map((i: { id: number }) => i.id)).toEqual([ids.now]);
    expect((await t.app.inject({ url: '/api/v1/participation/processes?institution=atlantida' })).statusCode).toBe(400);
  });

  it('pages by cursor, newest first, without repeats', async () => {
    const seen: number[] = [];
    let next: string | null = null;
    do {
      const page: { items: Array<{ id: number }>; next: string | null } = await list(`limit=3${next ? `&cursor=${next}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      next = page.next;
    } while (next);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(Object.values(ids)));
  });

  it('streams the filtered list as CSV and JSON', async () => {
    const csv = await t.app.inject({ url: '/api/v1/participation/processes?format=csv&institution=temuco' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFid,institution.slug,institution.name,title,scope,scopeCode,scopeName,state,startsAt,endsAt,url,updatedAt');
    expect(csv.body).toContain('Ciclovías de Temuco');
    expect(csv.body).not.toContain('Valdivia');
    const json = (await t.app.inject({ url: '/api/v1/participation/processes?format=json&state=upcoming' })).json();
    expect(json.map((r: { id: number }) => r.id)).toEqual([ids.next]);
  });
});
