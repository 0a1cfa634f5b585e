// The proposal index (filters, sort, cursor pages, exports), the settings API and the pages without JavaScript: the
// new-proposal form, support and withdraw buttons, officials' answer form, per role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { people } from '../../../core/auth/schema.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, apiTokenFor, signedIn, type Browser } from '../../../test-support/people.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { participationProposals } from './schema.js';
import { allProposals } from './queries.js';
import { bearer, resident, writeProposal } from './test-support.js';

let t: TestApp;
let process: TestProcess;
const ids: number[] = [];
beforeAll(async () => {
  t = await createTestApp();
  process = await createTestProcess(t, { components: ['proposals'] });
  const rows: Array<[string, string, number]> = [
    ['Ciclovía en avenida Alemania', 'mobility', 40], ['Luminarias en la plaza Recabarren', 'public_spaces', 40],
    ['Más árboles en el cerro Ñielol', 'environment', 7], ['Bancas en la plaza Teodoro Schmidt', 'public_spaces', 90], ['Feria cultural en el parque Estadio', 'culture', 0],
  ];
  for (const [title, category, supports] of rows) {
    const p = await writeProposal(t, (await resident(t)).token, process.id, { title, category });
    await t.database.db.update(participationProposals).set({ supportsCount: supports }).where(eq(participationProposals.id, p.id));
    ids.push(p.id);
  }
}, 60_000);
afterAll(async () => { await t.close(); });

const list = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/participation/proposals?process=${process.id}&${query}` });
const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
const form = (b: Browser | null, url: string, fields: Record<string, string>) => t.app.inject({
  method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: cookieHeader(b) } : {}) },
  payload: new URLSearchParams(b ? { _csrf: b.csrf, ...fields } : fields).toString(),
});
const page = (url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookieHeader(b) } : {} });

describe('the index', () => {
  it('sorts by supports (ties newest first) and pages by cursor without repeating or skipping', async () => {
    const seen: number[] = [];
    let next: string | null = '';
    while (next !== null) {
      const res: { items: Array<{ id: number }>; next: string | null } = (await list(`sort=supports&limit=2${next ? `&cursor=${next}` : ''}`)).json();
      seen.push(...res.items.map((i: { id: number }) => i.id));
      next = res.next;
    }
    expect(seen).toEqual([ids[3], ids[1], ids[0], ids[2], ids[4]]);
    const newest = (await list('sort=newest')).json().items.map((i: { id: number }) => i.id);
    expect(newest).toEqual([...ids].reverse());
  });

  it('filters by category, state and words (accents and plurals ignored)', async () => {
    const idsOf = async (q: string) => (await list(q)).json().items.map((i: { id: number }) => i.id).sort();
    expect(await idsOf('category=public_spaces')).toEqual([ids[1], ids[3]].sort());
    expect(await idsOf('q=ciclovia')).toEqual([ids[0]]);
    expect(await idsOf('q=nielol%20arbol')).toEqual([ids[2]]);
    expect(await idsOf('state=accepted')).toEqual([]);
    expect((await list('cursor=not-a-cursor')).statusCode).toBe(400);
  });

  it('exports the filtered list as CSV and JSON, streamed, with display names only', async () => {
    const csv = await list('format=csv&category=public_spaces');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from('\uFEFF'));
    expect(lines[0]!.replace(/^\uFEFF/, '')).toBe('id,processId,title,category,state,supportsCount,author,association,createdAt,url');
    expect(lines).toHaveLength(3);
    expect(csv.body).not.toMatch(/@/);
    const json = (await t.app.inject({ method: 'GET', url: `/participacion/procesos/${process.id}/propuestas?format=json` })).json();
    expect(json.map((r: { id: number }) => r.id)).toEqual([ids[3], ids[1], ids[0], ids[2], ids[4]]);
  });

  it('reads exports in keyset batches that neither repeat nor skip rows', async () => {
    const seen: number[] = [];
    for await (const r of allProposals(t.database.db, { processId: process.id, sort: 'supports' }, 2)) seen.push(r.id);
    expect(seen).toEqual([ids[3], ids[1], ids[0], ids[2], ids[4]]);
  });

  it('renders the page with filters, cards and export links for anyone', async () => {
    const res = await page(`/participacion/procesos/${process.id}/propuestas?sort=newest&category=culture`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Feria cultural en el parque Estadio');
    expect(res.body).not.toContain('Ciclovía en avenida Alemania');
    expect(res.body).toContain('format=csv');
  });
});

describe('settings', () => {
  it('are set by officials of the institution only, and audited', async () => {
    const put = async (who: Browser | null) => t.app.inject({ method: 'PUT', url: `/api/v1/participation/processes/${process.id}/proposal-settings`,
      headers: who ? bearer(await apiTokenFor(t, who.personId)) : {}, payload: { supportThreshold: 50, supportLevel: 'email' } });
    expect((await put(null)).statusCode).toBe(401);
    expect((await put(await ACTORS.resident(t))).statusCode).toBe(403);
    expect((await put(await ACTORS.otherOfficial(t))).statusCode).toBe(403);
    expect((await put(await ACTORS.participationOfficial(t))).json()).toEqual({ supportThreshold: 50, createLevel: 'email', supportLevel: 'email' });
    expect((await page(`/participacion/propuestas/${ids[0]}`)).body).toContain('(50 apoyos en total)');
    const audit = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from audit_log where action = 'participation.proposal.settings' and public`);
    expect(Number(audit[0]!.n)).toBe(1);
    await t.app.inject({ method: 'PUT', url: `/api/v1/participation/processes/${process.id}/proposal-settings`,
      headers: bearer(await apiTokenFor(t, (await ACTORS.admin(t)).personId)), payload: { supportThreshold: 100 } });
  });
});

describe('pages without JavaScript', () => {
  it('write a proposal through the form: 303 to it with a flash; errors and a closed phase re-render the form', async () => {
    const me = await signedIn(t);
    expect((await page(`/participacion/procesos/${process.id}/propuestas/nueva`, me)).body).toContain('name="submission"');
    const bad = await form(me, `/participacion/procesos/${process.id}/propuestas`, { title: 'Corto', body: '', category: 'mobility', submission: 'form-key-000001' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Corto"');
    const fields = { title: 'Paraderos techados en Pedro de Valdivia', body: 'Los paraderos de la avenida no tienen techo y en invierno se espera bajo la lluvia.', category: 'mobility', submission: 'form-key-000002' };
    const ok = await form(me, `/participacion/procesos/${process.id}/propuestas`, fields);
    expect(ok.statusCode).toBe(303);
    const again = await form(me, `/participacion/procesos/${process.id}/propuestas`, fields);
    expect(again.headers.location).toBe(ok.headers.location);
    const closed = await createTestProcess(t, { components: ['vote'] });
    const refused = await form(me, `/participacion/procesos/${closed.id}/propuestas`, { ...fields, submission: 'form-key-000003' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Este proceso no recibe propuestas.');
  });

  it('show each person what they may do about supports, and move the count', async () => {
    const url = `/participacion/propuestas/${ids[4]}`;
    expect((await page(url)).body).toContain('Ingrese para apoyar');
    const unverified = await signedIn(t);
    expect((await page(url, unverified)).body).toContain('claveunica/ingresar');
    const verified = await signedIn(t);
    await t.database.db.update(people).set({ identityVerifiedAt: new Date(), identityMethod: 'in_person' }).where(eq(people.id, verified.personId));
    expect((await form(verified, `${url}/apoyo`, {})).statusCode).toBe(303);
    const after = await page(url, verified);
    expect(after.body).toContain('1 apoyo<');
    expect(after.body).toContain('Retirar mi apoyo');
    await form(verified, `${url}/apoyo/retirar`, {});
    expect((await page(url, verified)).body).toContain('0 apoyos');
    const refused = await form(unverified, `${url}/apoyo`, {});
    expect(refused.statusCode).toBe(303);
    const [row] = await queryRows<{ supports_count: number }>(t.database.db, sql`select supports_count from participation_proposals where id = ${ids[4]}`);
    expect(Number(row!.supports_count)).toBe(0);
  });

  it('let officials of the institution answer with the form, and nobody else', async () => {
    const url = `/participacion/propuestas/${ids[1]}`;
    const fields = { answer: 'accepted', text: 'Se instalarán doce luminarias LED durante el primer semestre.', estimatedCost: '18000000' };
    for (const kind of ['resident', 'budgetOfficial', 'otherOfficial'] as const) {
      const who = await ACTORS[kind](t);
      expect((await page(url, who)).body).not.toContain('Publicar la respuesta');
      expect((await form(who, `${url}/respuesta`, fields)).statusCode, kind).toBe(403);
    }
    const official = await ACTORS.participationOfficial(t);
    expect((await page(url, official)).body).toContain('Publicar la respuesta');
    expect((await form(official, `${url}/respuesta`, { ...fields, text: '' })).statusCode).toBe(422);
    expect((await form(official, `${url}/respuesta`, fields)).statusCode).toBe(303);
    const shown = (await page(url)).body;
    expect(shown).toContain('Se instalarán doce luminarias');
    expect(shown).toContain('$18.000.000');
  });
});
