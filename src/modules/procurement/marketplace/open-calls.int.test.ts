// /compras: which lots show as open, the filters, the cursor, the exports, bad input and who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type AccessTable } from '../../../test-support/people.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { closeBidding, createTestCall, createTestSupplier } from '../test-support.js';
import { desertLot } from './test-support.js';

let t: TestApp;
const DAY = 86_400_000;
const M = 1_000_000;
const ids: Record<string, number> = {};
/** A card's link: to its lot's anchor on the call page. */
const link = (slug: string, id: number, lot = 1) => `href="/instituciones/${slug}/compras/llamados/${id}#lote-${lot}"`;
const cardsOf = (body: string) => (body.match(/<li class="card">/g) ?? []).length;
const get = (url: string) => t.app.inject({ url });

beforeAll(async () => {
  t = await createTestApp();
  const now = Date.now();
  const temuco = await createTestCall(t, { title: 'Convenio marco de desarrollo', lots: [
    { budgetAmount: 5 * M, bidsUntil: new Date(now + DAY) },
    { budgetAmount: 80 * M, regionCode: '14', category: 'cybersecurity', bidsUntil: new Date(now + 10 * DAY) },
  ] });
  ids.temuco = temuco.id;
  ids.valdivia = (await createTestCall(t, { institution: 'valdivia', kind: 'single_tender', title: 'Licitación de datos',
    lots: [{ budgetAmount: 250 * M, category: 'data-analytics', bidsUntil: new Date(now + 3 * DAY) }] })).id;
  ids.boundary = (await createTestCall(t, { kind: 'grant', title: 'Fondo de iniciativas', lots: [{ budgetAmount: 10 * M, category: 'civic-initiative', bidsUntil: new Date(now + 5 * DAY) }] })).id;
  ids.many = (await createTestCall(t, { kind: 'quick_purchase', title: 'Compras ágiles varias',
    lots: Array.from({ length: 22 }, () => ({ budgetAmount: 3 * M, bidsUntil: new Date(now + 20 * DAY) })) })).id;
  ids.draft = (await createTestCall(t, { publish: false, title: 'Borrador secreto' })).id;
  const past = await createTestCall(t, { title: 'Plazo vencido sin abrir', lots: [{}] });
  await closeBidding(t, past.lots[0]!.id);
  ids.past = past.id;
  const deserted = await createTestCall(t, { title: 'Lote desierto', lots: [{}] });
  await desertLot(t, deserted, deserted.lots[0]!.id);
  ids.deserted = deserted.id;
  await createTestSupplier(t);
}, 240_000);
afterAll(async () => { await t.close(); });

describe('/compras lists the lots open for bids', () => {
  it('shows published open lots soonest-closing first, with their call, institution, region, budget and closing time', async () => {
    const res = await get('/compras');
    expect(res.statusCode).toBe(200);
    const b = res.body;
    expect(cardsOf(b)).toBe(24);
    const order = [link('temuco', ids.temuco!), link('valdivia', ids.valdivia!), link('temuco', ids.boundary!)].map((l) => b.indexOf(l));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(b).toContain(link('temuco', ids.temuco!, 2));
    expect(b).not.toContain('/informe');
    expect(b).toContain('Lote 1: Lote 1');
    expect(b).toContain('href="/instituciones/valdivia/compras">Municipalidad de Valdivia</a>');
    expect(b).toContain('$250.000.000');
    expect(b).toContain('cierra mañana');
    expect(b).toContain('cierra en 3 días');
    expect(b).toContain(' · La Araucanía · Convenio marco · Se adjudica hasta a 2 proveedores');
    expect(b).toContain('Se adjudica hasta a 2 proveedores');
    expect(b).toContain('href="/compras/proveedores"');
    expect(b).toContain('href="/compras/proveedores/nuevo"');
  });

  it('never shows drafts, lots past their deadline not yet opened, or closed lots', async () => {
    const all = await get('/compras?format=json');
    const rows = JSON.parse(all.body) as Array<{ callId: number; bidsUntil: string }>;
    expect(rows).toHaveLength(26);
    const callIds = new Set(rows.map((r) => r.callId));
    for (const hidden of [ids.draft, ids.past, ids.deserted]) expect(callIds.has(hidden!)).toBe(false);
    expect(rows.every((r) => Date.parse(r.bidsUntil) > Date.now())).toBe(true);
    const page = (await get('/compras')).body;
    for (const title of ['Borrador secreto', 'Plazo vencido sin abrir', 'Lote desierto']) expect(page).not.toContain(title);
  });

  it('pages by cursor without repeating or skipping a lot', async () => {
    const first = (await get('/compras')).body;
    const next = /href="(\/compras\?cursor=[^"]+)" rel="next"/.exec(first)![1]!.replace(/&amp;/g, '&');
    const second = await get(next);
    expect(second.statusCode).toBe(200);
    expect(cardsOf(second.body)).toBe(2);
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain('Primera página');
    expect((await get('/compras?cursor=not-a-cursor')).statusCode).toBe(400);
    expect((await get(`/compras?cursor=${Buffer.from('["x", 1]').toString('base64url')}`)).statusCode).toBe(400);
  });
});

describe('filters', () => {
  const callsIn = async (query: string) => {
    const rows = JSON.parse((await get(`/compras?format=json&${query}`)).body) as Array<{ callId: number; lot: number }>;
    return rows.map((r) => `${r.callId}/${r.lot}`);
  };

  it('by region: the lot\'s own, or the buyer\'s for a lot open to anywhere', async () => {
    expect(await callsIn('region=14')).toEqual([`${ids.valdivia}/1`, `${ids.temuco}/2`]);
    expect((await callsIn('region=09'))).toHaveLength(24);
    expect(await callsIn('region=13')).toEqual([]);
  });

  it('by category, kind of call, lot size band (10 M is in 10–50 M) and closing date in Chile', async () => {
    expect(await callsIn('categoria=cybersecurity')).toEqual([`${ids.temuco}/2`]);
    expect(await callsIn('tipo=single_tender')).toEqual([`${ids.valdivia}/1`]);
    expect(await callsIn('tamano=10m-50m')).toEqual([`${ids.boundary}/1`]);
    expect(await callsIn('tamano=sobre-200m')).toEqual([`${ids.valdivia}/1`]);
    expect(await callsIn('tamano=hasta-10m&tipo=framework')).toEqual([`${ids.temuco}/1`]);
    const inThreeDays = toSantiagoDate(new Date(Date.now() + 3 * DAY));
    expect(await callsIn(`cierraHasta=${inThreeDays}`)).toEqual([`${ids.temuco}/1`, `${ids.valdivia}/1`]);
    expect(await callsIn('region=&categoria=&tamano=&tipo=&cierraHasta=')).toHaveLength(26);
  });

  it('keeps the chosen filters in the form and offers to clear them', async () => {
    const b = (await get('/compras?region=14&tamano=50m-200m')).body;
    expect(b).toContain('<option value="14" selected>');
    expect(b).toContain('<option value="50m-200m" selected>');
    expect(b).toContain('Quitar filtros');
    expect(cardsOf(b)).toBe(1);
    expect(b).toContain('href="/compras?region=14&amp;tamano=50m-200m&amp;format=csv"');
  });

  it('refuses bad input with a clear message', async () => {
    const badDate = await get('/compras?cierraHasta=2026-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('Escriba una fecha real con el formato AAAA-MM-DD');
    expect(badDate.body).toContain('aria-invalid="true"');
    for (const q of ['region=Araucania', 'categoria=catering', 'tamano=huge', 'tipo=auction', 'format=xml']) expect((await get(`/compras?${q}`)).statusCode).toBe(400);
  });
});

describe('exports, languages, access', () => {
  it('streams the filtered list as CSV with the lot\'s public fields only', async () => {
    const res = await get('/compras?format=csv&region=14');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="compras-abiertas.csv"');
    const [header, first, second, end] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('ocid,callId,callTitle,callKind,lot,lotTitle,institution,institutionName,region,regionName,category,budgetAmount,admitCount,bidsUntil,url');
    expect(first).toMatch(new RegExp(`^ocds-[^,]+-valdivia-${ids.valdivia},${ids.valdivia},Licitación de datos,single_tender,1,Lote 1,valdivia,Municipalidad de Valdivia,14,Los Ríos,data-analytics,250000000,2,`));
    expect(second).toContain(`,${ids.temuco},Convenio marco de desarrollo,framework,2,`);
    expect(end).toBe('');
    expect(res.body).not.toMatch(/@|Persona \d/);
  });

  it('is in English too, with every region and category offered', async () => {
    const b = (await get('/compras?lang=en')).body;
    expect(b).toContain('Open public procurement');
    expect(b).toContain('This is how to take part');
    expect(b).toContain('closes tomorrow');
    expect(b.match(/<select id="f-region"[\s\S]*?<\/select>/)![0].match(/<option/g)).toHaveLength(17);
    expect(b.match(/<select id="f-categoria"[\s\S]*?<\/select>/)![0].match(/<option/g)).toHaveLength(11);
  });

  it('is light and phone-friendly: cards rather than a wide table, labelled fields, one h1, no script', async () => {
    const b = (await get('/compras')).body;
    expect(b).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(b).not.toContain('<table');
    expect(b).not.toContain('<script');
    expect(b.match(/<h1/g)).toHaveLength(1);
    for (const f of ['region', 'categoria', 'tamano', 'tipo', 'cierraHasta']) expect(b).toContain(`<label for="f-${f}">`);
    expect(b).not.toMatch(/style="[^"]*width:\s*\d{3,}px/);
    expect(Buffer.byteLength(b)).toBeLessThan(60_000);
  });

  it('is public: every role reads the same page', async () => {
    const table: AccessTable = [['anonymous', 200], ['resident', 200], ['procurementOfficial', 200], ['participationOfficial', 200], ['otherOfficial', 200], ['admin', 200]];
    for (const [actor, status] of table) {
      const who = await ACTORS[actor](t);
      const res = await t.app.inject({ url: '/compras', cookies: who?.cookies });
      expect([actor, res.statusCode]).toEqual([actor, status]);
      expect(cardsOf(res.body)).toBe(24);
    }
    const rep = (await createTestSupplier(t)).rep;
    expect((await t.app.inject({ url: '/compras', cookies: rep.cookies })).statusCode).toBe(200);
  });
});
