// The JSON API and the exports: registration by token (201, 401, 403 without a confirmed email, 400/422 on bad
// input with nothing written), the directory's filters and cursor on the API and the page, CSV and JSON exports with
// the public columns only, and a profile with its awards once a lot is awarded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { apiTokenFor, emailOf, signedIn } from '../../../test-support/people.js';
import { bearer } from '../../participation/votes/test-support.js';
import { awardLot, createOpenedBid, createTestCall, createTestSupplier } from '../test-support.js';
import { companyBody, jvBody, NATURAL_PERSON_RUT, page, unconfirmed } from './test-support.js';

let t: TestApp;
let token: string;
let repEmail: string;
const ids: Record<string, number> = {};
const post = (body: object, tok: string | null = token) =>
  t.app.inject({ method: 'POST', url: '/api/v1/procurement/suppliers', headers: tok ? bearer(tok) : {}, payload: body });
const get = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  const rep = await signedIn(t);
  token = await apiTokenFor(t, rep.personId);
  repEmail = await emailOf(t, rep.personId);
  const made: Array<[string, object]> = [
    ['temucoSmall', companyBody({ legalName: 'Ñandú Software SpA', comunaCode: '09101', size: 'small', categories: ['software-development'] })],
    ['temucoLarge', companyBody({ legalName: 'Gran Datos S.A.', comunaCode: '09101', size: 'large', categories: ['data-analytics'] })],
    ['valdivia', companyBody({ legalName: 'Cooperativa Los Ríos Digital', kind: 'cooperative', comunaCode: '14101', size: 'micro', categories: ['digital-training', 'software-development'] })],
    ['jv', jvBody({ legalName: 'UTP Araucanía Digital' })],
  ];
  for (const [key, body] of made) {
    const res = await post(body);
    if (res.statusCode !== 201) throw new Error(res.body);
    ids[key] = res.json().id;
  }
}, 180_000);
afterAll(async () => { await t.close(); });

describe('POST /api/v1/procurement/suppliers', () => {
  it('registers with the token\'s owner as representative, and names the refused field', async () => {
    const created = await post(companyBody({ legalName: 'Por API SpA', rut: '76.086.428-5' }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ legalName: 'Por API SpA', rut: '76086428-5', sme: true, comuna: { code: '09101', name: 'Temuco' }, region: { code: '09' } });
    const dup = await post(companyBody({ legalName: 'Duplicada', rut: '760864285' }));
    expect(dup.statusCode).toBe(422);
    expect(dup.json()).toMatchObject({ field: 'rut', message: expect.stringContaining('Ya hay un proveedor') });
    const member = await post(jvBody({ members: [jvBody().members[0], { ...jvBody().members[1], rut: '15.222.333-9' }] }));
    expect(member.json()).toMatchObject({ field: 'members.2.rut' });
    const first = jvBody().members[0]!;
    expect((await post(jvBody({ members: [first, { ...first, name: 'Otra' }] }))).json()).toMatchObject({ field: 'members.2.rut' });
    expect((await post(companyBody({ comunaCode: '99999' }))).json()).toMatchObject({ field: 'comunaCode' });
  });

  it('refuses anonymous (401), an unconfirmed email (403) and malformed bodies (400), writing nothing', async () => {
    const [{ n: before }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from procurement_suppliers`) as [{ n: number }];
    expect((await post(companyBody(), null)).statusCode).toBe(401);
    expect((await post(companyBody(), await apiTokenFor(t, (await unconfirmed(t)).personId))).statusCode).toBe(403);
    expect((await post({ ...companyBody(), extra: 1 })).statusCode).toBe(400);
    expect((await post(companyBody({ categories: ['catering'] }))).statusCode).toBe(400);
    expect((await post(companyBody({ size: 'huge' }))).statusCode).toBe(400);
    const [{ n: after }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from procurement_suppliers`) as [{ n: number }];
    expect(after).toBe(before);
  });
});

describe('the directory', () => {
  const names = async (query: string) => (await get(`/api/v1/procurement/suppliers?${query}`)).json().items.map((i: { legalName: string }) => i.legalName);

  it('filters by name (accents ignored), region, comuna, category, size and kind', async () => {
    expect(await names('q=nandu')).toEqual(['Ñandú Software SpA']);
    expect(await names('q=%25')).toEqual([]);
    expect(await names('region=14')).toEqual(['Cooperativa Los Ríos Digital']);
    expect(await names('comuna=09112')).toEqual(['UTP Araucanía Digital']);
    expect(await names('category=digital-training')).toEqual(['Cooperativa Los Ríos Digital']);
    expect(await names('category=software-development')).toEqual(expect.arrayContaining(['Cooperativa Los Ríos Digital', 'Ñandú Software SpA']));
    expect(await names('category=software-development')).not.toContain('Gran Datos S.A.');
    expect(await names('size=large')).toEqual(['Gran Datos S.A.']);
    expect(await names('kind=joint_venture&region=09')).toEqual(['UTP Araucanía Digital']);
    expect((await get('/api/v1/procurement/suppliers?region=9')).statusCode).toBe(400);
    const html = await page(t, '/compras/proveedores?region=14&category=digital-training');
    expect(html.body).toContain('Cooperativa Los Ríos Digital');
    expect(html.body).not.toContain('Ñandú Software SpA');
  });

  it('pages by cursor in name order, without repeats or gaps', async () => {
    const seen: string[] = [];
    let next: string | null = '';
    while (next !== null) {
      const body: { items: Array<{ legalName: string }>; next: string | null } = (await get(`/api/v1/procurement/suppliers?limit=2${next ? `&cursor=${next}` : ''}`)).json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i) => i.legalName));
      next = body.next;
    }
    expect(seen).toEqual(await names('limit=200'));
    expect(seen).toHaveLength(5);
    expect((await get('/api/v1/procurement/suppliers?cursor=notacursor')).statusCode).toBe(400);
  });

  it('exports CSV and JSON with public columns only: no member RUT, no email', async () => {
    const csv = await get('/api/v1/procurement/suppliers?format=csv&region=09');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,rut,legalName,kind,size,sme,comuna.code,comuna.name,region.code,region.name,categories,website,updatedAt,url');
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.includes('Ñandú'))).toMatch(/,small,true,09101,Temuco,09,.*,software-development,https:\/\/datosdelsur\.cl,/);
    const json = await page(t, '/compras/proveedores?format=json&kind=joint_venture');
    expect(json.json()).toEqual([expect.objectContaining({ legalName: 'UTP Araucanía Digital', rut: null })]);
    for (const body of [csv.body, json.body]) for (const secret of [NATURAL_PERSON_RUT, '15222333-1', repEmail, 'Ana Millaqueo']) expect(body).not.toContain(secret);
  });
});

describe('a profile', () => {
  it('shows members, a natural person by name only, and no representative', async () => {
    const res = await get(`/api/v1/procurement/suppliers/${ids.jv}`);
    const body = res.json();
    expect(body.members).toEqual([
      expect.objectContaining({ name: 'Cooperativa Tecnológica Wallmapu', naturalPerson: false, rut: expect.stringMatching(/^76100\d{3}-[\dK]$/), sharePercent: 60 }),
      expect.objectContaining({ name: 'Ana Millaqueo', naturalPerson: true, rut: null, sharePercent: 40 }),
    ]);
    for (const secret of ['15222333-1', NATURAL_PERSON_RUT, repEmail]) expect(res.body).not.toContain(secret);
    expect(body.awards).toEqual([]);
    // Once the cooperative registers itself, the venture's profile links to it.
    expect(body.members[0].url).toBeNull();
    const coop = (await post(companyBody({ kind: 'cooperative', rut: body.members[0].rut, legalName: 'Cooperativa Tecnológica Wallmapu' }))).json();
    expect((await get(`/api/v1/procurement/suppliers/${ids.jv}`)).json().members.map((m: { url: string | null }) => m.url)).toEqual([coop.url, null]);
    expect((await get('/api/v1/procurement/suppliers/999999')).statusCode).toBe(404);
  });

  it('lists the awards it won, on the page and in JSON; none when it won nothing', async () => {
    const supplier = await createTestSupplier(t, { legalName: 'Ganadora SpA' });
    const call = await createTestCall(t, { title: 'Convenio marco de desarrollo ágil' });
    const bid = await createOpenedBid(t, call.lots[0]!.id, supplier, 42_000_000);
    await awardLot(t, call, call.lots[0]!.id, [{ bidId: bid, supplierId: supplier.id, amount: 42_000_000 }]);
    const json = (await get(`/api/v1/procurement/suppliers/${supplier.id}`)).json();
    expect(json.awards).toEqual([expect.objectContaining({ amount: 42_000_000, state: 'active', institution: 'temuco', lot: { number: 1, title: 'Lote 1' },
      call: { id: call.id, title: 'Convenio marco de desarrollo ágil', url: `/instituciones/temuco/compras/llamados/${call.id}` } })]);
    const html = (await page(t, `/compras/proveedores/${supplier.id}`)).body;
    expect(html).toContain('Adjudicaciones');
    expect(html).toContain('$42.000.000');
    expect((await page(t, `/compras/proveedores/${ids.valdivia}`)).body).not.toContain('Adjudicaciones');
  });
});
