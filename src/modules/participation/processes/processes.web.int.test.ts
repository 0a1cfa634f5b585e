import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { participationProcesses } from './schema.js';
import { createTestProcess } from './test-support.js';
import { findProcess } from './queries.js';

let t: TestApp;
let official: Browser; // participation official of Temuco
beforeAll(async () => {
  t = await createTestApp();
  official = await signedIn(t, 'official', 'temuco', ['participation']);
});
afterAll(async () => { await t.close(); });

const HOUR = 3600_000;
const NEW = '/instituciones/temuco/participacion/procesos/nuevo';
const post = (who: Browser | null, url: string, fields: Record<string, string | string[]>) => {
  const form = new URLSearchParams({ _csrf: who?.csrf ?? '' });
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) form.append(k, x);
  return t.app.inject({ method: 'POST', url, cookies: who?.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
};
const fields = (over: Record<string, string | string[]> = {}) => ({
  title: 'Plaza Aníbal Pinto', description: 'Renovación de la plaza.\n\nSegundo párrafo.', scope: 'comuna', scopeCode: '09101',
  p1_title: 'Información', p1_startsAt: '2027-01-10T09:00', p1_endsAt: '2027-02-01T00:00', p1_description: '',
  p2_title: 'Propuestas', p2_startsAt: '2027-02-01T00:00', p2_endsAt: '2027-07-01T00:00', p2_components: ['proposals', 'debate'],
  p3_title: '', p3_startsAt: '', p3_endsAt: '', ...over,
});

describe('the overview and an institution\'s page', () => {
  it('lists processes with their state, filters by state and institution, offers the search box and exports', async () => {
    const open = await createTestProcess(t, { title: 'Ciclovías de Temuco' });
    const past = await createTestProcess(t, { title: 'Presupuesto 2025', phases: [{ title: 'Votación', startsAt: new Date(Date.now() - 48 * HOUR), endsAt: new Date(Date.now() - 24 * HOUR), components: ['vote'] }] });
    const page = await t.app.inject({ url: '/participacion' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/participacion/buscar"');
    expect(page.body).toContain(`href="/participacion/procesos/${open.id}">Ciclovías de Temuco</a>`);
    expect(page.body).toContain('<option value="temuco">Municipalidad de Temuco</option>');
    const finished = await t.app.inject({ url: '/participacion?state=finished' });
    expect(finished.body).toContain(`/participacion/procesos/${past.id}"`);
    expect(finished.body).not.toContain(`/participacion/procesos/${open.id}"`);
    expect((await t.app.inject({ url: '/participacion?institution=valdivia' })).body).toContain('No hay procesos con estos filtros.');
    expect(page.body).not.toContain(NEW);
    expect((await t.app.inject({ url: '/participacion', cookies: official.cookies })).body).toContain(`<a href="${NEW}">Nuevo proceso participativo de Municipalidad de Temuco</a>`);
    const csv = await t.app.inject({ url: '/participacion?format=csv&state=finished' });
    expect(csv.body).toContain('Presupuesto 2025');
    expect(csv.body).not.toContain('Ciclovías');
  });

  it('shows an institution\'s processes, and the "new process" button only to those who may create', async () => {
    const { id } = await createTestProcess(t, { title: 'Solo de Temuco' });
    const anon = await t.app.inject({ url: '/instituciones/temuco/participacion' });
    expect(anon.body).toContain(`/participacion/procesos/${id}"`);
    expect(anon.body).not.toContain(NEW);
    expect(anon.body).toContain('<input type="hidden" name="institution" value="temuco"/>');
    // Its accountability pages, each answering.
    for (const page of ['compromisos', 'plan-de-accion', 'organo-contralor']) {
      expect(anon.body).toContain(`href="/instituciones/temuco/participacion/${page}"`);
      expect((await t.app.inject({ url: `/instituciones/temuco/participacion/${page}` })).statusCode).toBe(200);
    }
    expect((await t.app.inject({ url: '/instituciones/temuco/participacion', cookies: official.cookies })).body).toContain(NEW);
    expect((await t.app.inject({ url: '/instituciones/valdivia/participacion' })).body).not.toContain(`/participacion/procesos/${id}"`);
    expect((await t.app.inject({ url: '/instituciones/atlantida/participacion' })).statusCode).toBe(404);
  });
});

describe('a process\'s page', () => {
  it('marks the active phase, gives dates in Santiago time and links each component with whether it is open', async () => {
    const { id } = await createTestProcess(t, { phases: [
      { title: 'Información', startsAt: new Date('2026-01-05T12:00:00Z'), endsAt: new Date('2026-01-20T03:00:00Z'), components: [] },
      { title: 'Propuestas', startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + 24 * HOUR), components: ['proposals', 'debate'] },
      { title: 'Votación', startsAt: new Date(Date.now() + 48 * HOUR), endsAt: new Date(Date.now() + 96 * HOUR), components: ['vote'] },
    ] });
    const page = (await t.app.inject({ url: `/participacion/procesos/${id}` })).body;
    expect(page).toMatch(/<li class="notice" aria-current="step"><h3>Propuestas <span class="tag">Fase en curso<\/span>/);
    expect(page).toContain('Del 5 de enero de 2026 a las 09:00 al 20 de enero de 2026 a las 00:00'); // UTC-3 in summer
    expect(page).toContain(`<a href="/participacion/procesos/${id}/propuestas">Propuestas</a> <span class="tag">abierto ahora</span>`);
    expect(page).toContain(`<a href="/participacion/procesos/${id}/votaciones">Votaciones</a> <span class="tag">cerrado ahora</span>`);
    expect(page).not.toContain('/consultas"');
    expect(page).toContain('Fase informativa');
    expect(page).toContain('/ingresar?next='); // the follow button asks an anonymous reader to sign in
    expect(page).not.toContain('/editar');
    expect(page).not.toContain('/participacion/moderacion');
    const asOfficial = (await t.app.inject({ url: `/participacion/procesos/${id}`, cookies: official.cookies })).body;
    expect(asOfficial).toContain(`/participacion/procesos/${id}/editar`);
    expect(asOfficial).toContain('href="/participacion/moderacion"');
    expect((await t.app.inject({ url: '/participacion/procesos/999999' })).statusCode).toBe(404);
  });
});

describe('the officials\' form', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['participationOfficial', 200], ['admin', 200], ['otherAdmin', 403],
  ] satisfies AccessTable)('%s opens the new-process form → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await t.app.inject({ url: NEW, cookies: b?.cookies })).statusCode).toBe(status);
  });

  it('creates the process from the filled phases only, with Santiago times, and redirects to it', async () => {
    const res = await post(official, NEW, fields({ submission: 'form-key-0001' }));
    expect(res.statusCode).toBe(303);
    const id = Number(res.headers.location!.split('/').pop());
    const p = (await findProcess(t.database.db, id))!;
    expect(p.phases.map((x) => [x.title, x.startsAt.toISOString(), [...x.components]])).toEqual([
      ['Información', '2027-01-10T12:00:00.000Z', []],
      ['Propuestas', '2027-02-01T03:00:00.000Z', ['proposals', 'debate']],
    ]);
    // A double submit of the same rendered form creates nothing more.
    const again = await post(official, NEW, fields({ submission: 'form-key-0001' }));
    expect(again.headers.location).toBe(`/participacion/procesos/${id}`);
    expect(await t.database.db.select().from(participationProcesses).where(eq(participationProcesses.title, 'Plaza Aníbal Pinto'))).toHaveLength(1);
  });

  it('re-renders with the values kept and the error next to the phase at fault (422)', async () => {
    const overlap = await post(official, NEW, fields({ title: 'Con choque', p2_startsAt: '2027-01-20T00:00' }));
    expect(overlap.statusCode).toBe(422);
    expect(overlap.body).toContain('href="#f-p2_startsAt"');
    expect(overlap.body).toContain('La fase «Propuestas» empieza antes de que termine «Información»');
    expect(overlap.body).toContain('value="Con choque"');
    expect(overlap.body).toMatch(/id="f-p2_components-proposals" name="p2_components" value="proposals" checked/);
    const incomplete = await post(official, NEW, fields({ title: 'Incompleto', p3_title: 'Votación', p3_endsAt: 'pronto' }));
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.body).toContain('href="#f-p3_startsAt"');
    expect(incomplete.body).toContain('Escriba la fecha y hora como AAAA-MM-DD HH:MM.');
    const outside = await post(official, NEW, fields({ title: 'Fuera', scopeCode: '14101' }));
    expect(outside.body).toContain('href="#f-scopeCode"');
    const none = await post(official, NEW, fields({ title: 'Sin fases', p1_title: '', p1_startsAt: '', p1_endsAt: '', p2_title: '', p2_startsAt: '', p2_endsAt: '', p2_components: [] }));
    expect(none.body).toContain('Un proceso necesita al menos una fase.');
    expect(await t.database.db.select().from(participationProcesses).where(eq(participationProcesses.title, 'Con choque'))).toHaveLength(0);
  });

  it('edits: the form comes filled in Santiago time; clearing a phase removes it, a new fieldset adds one', async () => {
    const id = Number((await post(official, NEW, fields({ title: 'Para editar' }))).headers.location!.split('/').pop());
    const edit = `/participacion/procesos/${id}/editar`;
    const form = await t.app.inject({ url: edit, cookies: official.cookies });
    expect(form.body).toContain('name="p1_startsAt" type="datetime-local" value="2027-01-10T09:00"');
    const p1Id = (await findProcess(t.database.db, id))!.phases[0]!.id;
    const p2Id = (await findProcess(t.database.db, id))!.phases[1]!.id;
    const res = await post(official, edit, fields({ title: 'Editado', p1_id: String(p1Id), p1_title: '', p1_startsAt: '', p1_endsAt: '', p2_id: String(p2Id),
      p3_title: 'Votación', p3_startsAt: '2027-07-01T00:00', p3_endsAt: '2027-07-15T00:00', p3_components: 'vote' }));
    expect(res.statusCode).toBe(303);
    const p = (await findProcess(t.database.db, id))!;
    expect(p.title).toBe('Editado');
    expect(p.phases.map((x) => x.title)).toEqual(['Propuestas', 'Votación']);
    expect(p.phases[0]!.id).toBe(p2Id);
    for (const who of ['resident', 'otherOfficial'] as const) {
      expect((await post(await ACTORS[who](t), edit, fields())).statusCode).toBe(403);
    }
  });
});
