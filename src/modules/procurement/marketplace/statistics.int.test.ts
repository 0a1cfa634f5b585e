// Statistics with answers worked out by hand. Temuco (a municipality, comuna 09101, region 09) has four lots past
// their deadline; the regional government of La Araucanía (region 09) one; Valdivia (region 14) one.
//   Temuco lot A1: 3 bidders, three awarded (multi-award): micro company of Temuco 30 M, small cooperative of Padre Las
//     Casas 20 M (same region, not the same comuna), medium joint venture of Temuco 10 M.
//   Temuco lot A2: 1 bidder, a large company of Santiago, awarded 40 M.
//   Temuco lot B1: no bids, deserted.
//   Temuco lot C1: 1 bidder, a micro association of Temuco, 5 M, awarded but still in standstill (pending).
//   GORE La Araucanía: 1 bidder, the cooperative of Padre Las Casas (same region; a GORE has no comuna), 12 M.
//   Valdivia: 2 bidders (the micro company of Temuco wins 8 M, not local; the large company loses).
// Besides: a lot still open with a bid, and a draft call, which count nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { createOpenedBid, createTestCall, createTestSupplier } from '../test-support.js';
import { competeAndAward, desertLot } from './test-support.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import { isLocalSupplier } from '../suppliers/anchorage.js';
import { ANCHORAGE_SQL, findStatistics, findStatisticsTotal, listStatisticsYears } from './statistics.js';

let t: TestApp;
const M = 1_000_000;
const YEAR = Number(toSantiagoDate(new Date(Date.now() - 3 * 3600_000)).slice(0, 4));
let temucoId = 0;

beforeAll(async () => {
  t = await createTestApp();
  const micro = await createTestSupplier(t, { legalName: 'Micro Temuco SpA', size: 'micro', comunaCode: '09101' });
  const coop = await createTestSupplier(t, { legalName: 'Cooperativa Digital PLC', kind: 'cooperative', size: 'small', comunaCode: '09112' });
  const venture = await createTestSupplier(t, { legalName: 'UTP Sur', kind: 'joint_venture', size: 'medium', comunaCode: '09101' });
  const large = await createTestSupplier(t, { legalName: 'Grande Santiago SA', size: 'large', comunaCode: '13101' });
  const association = await createTestSupplier(t, { legalName: 'Asociación Vecinal Tech', kind: 'association', size: 'micro', comunaCode: '09101' });

  const a = await createTestCall(t, { lots: [{ admitCount: 3 }, {}] });
  temucoId = a.institutionId;
  await competeAndAward(t, a, a.lots[0]!.id, [{ supplier: micro, amount: 30 * M, wins: true }, { supplier: coop, amount: 20 * M, wins: true },
    { supplier: venture, amount: 10 * M, wins: true }]);
  await competeAndAward(t, a, a.lots[1]!.id, [{ supplier: large, amount: 40 * M, wins: true }]);
  const b = await createTestCall(t, { kind: 'single_tender', lots: [{}] });
  await desertLot(t, b, b.lots[0]!.id);
  const c = await createTestCall(t, { kind: 'quick_purchase', lots: [{ budgetAmount: 6 * M }] });
  await competeAndAward(t, c, c.lots[0]!.id, [{ supplier: association, amount: 5 * M, wins: true }], false);

  const gore = await createTestCall(t, { institution: '09', lots: [{}] });
  await competeAndAward(t, gore, gore.lots[0]!.id, [{ supplier: coop, amount: 12 * M, wins: true }]);
  const valdivia = await createTestCall(t, { institution: 'valdivia', lots: [{}] });
  await competeAndAward(t, valdivia, valdivia.lots[0]!.id, [{ supplier: micro, amount: 8 * M, wins: true }, { supplier: large, amount: 9 * M, wins: false }]);

  const open = await createTestCall(t, { lots: [{}] });
  await createOpenedBid(t, open.lots[0]!.id, micro, 1 * M);
  await createTestCall(t, { publish: false });
}, 240_000);
afterAll(async () => { await t.close(); });

describe('statistics queries', () => {
  it('gives an institution\'s competition and shares of active awards', async () => {
    const [row] = await findStatistics(t.database.db, { groupBy: 'institution', year: YEAR, institutionId: temucoId });
    expect(row).toMatchObject({
      key: 'temuco', name: 'Municipalidad de Temuco', lotsCompeted: 4, lotsWithBids: 3, lotsDeserted: 1, lotsSingleBidder: 2, bids: 5,
      medianBidders: 1, awards: 4, awardedAmount: 100 * M,
    });
    expect(row!.meanBidders).toBeCloseTo(5 / 3, 10);
    expect(row!.singleBidderShare).toBeCloseTo(2 / 3, 10);
    expect(row!.shares).toEqual({
      sme: { count: 3, amount: 60 * M, share: 0.6 }, micro: { count: 1, amount: 30 * M, share: 0.3 },
      small: { count: 1, amount: 20 * M, share: 0.2 }, medium: { count: 1, amount: 10 * M, share: 0.1 },
      cooperative: { count: 1, amount: 20 * M, share: 0.2 }, association: { count: 0, amount: 0, share: 0 },
      jointVenture: { count: 1, amount: 10 * M, share: 0.1 }, localComuna: { count: 2, amount: 40 * M, share: 0.4 },
      localRegion: { count: 3, amount: 60 * M, share: 0.6 },
    });
  });

  it('adds pending awards only when asked', async () => {
    const [row] = await findStatistics(t.database.db, { groupBy: 'institution', year: YEAR, institutionId: temucoId, includePending: true });
    expect(row).toMatchObject({ awards: 5, awardedAmount: 105 * M, lotsCompeted: 4 });
    expect(row!.shares.association).toEqual({ count: 1, amount: 5 * M, share: 5 / 105 });
    expect([row!.shares.localComuna.amount, row!.shares.localRegion.amount]).toEqual([45 * M, 65 * M]);
  });

  it('groups by the buyer\'s region: a regional government has suppliers from its region, none from a comuna', async () => {
    const rows = await findStatistics(t.database.db, { groupBy: 'region', year: YEAR });
    expect(rows.map((r) => [r.key, r.name])).toEqual([['09', 'La Araucanía'], ['14', 'Los Ríos']]);
    const [araucania, losRios] = rows;
    expect(araucania).toMatchObject({ lotsCompeted: 5, lotsWithBids: 4, lotsSingleBidder: 3, lotsDeserted: 1, medianBidders: 1, meanBidders: 1.5,
      singleBidderShare: 0.75, awardedAmount: 112 * M });
    expect(araucania!.shares.localComuna).toEqual({ count: 2, amount: 40 * M, share: 40 / 112 });
    expect(araucania!.shares.localRegion).toEqual({ count: 4, amount: 72 * M, share: 72 / 112 });
    expect(araucania!.shares.cooperative.amount).toBe(32 * M);
    expect(losRios).toMatchObject({ lotsCompeted: 1, lotsWithBids: 1, lotsSingleBidder: 0, meanBidders: 2, medianBidders: 2, singleBidderShare: 0,
      awardedAmount: 8 * M });
    expect([losRios!.shares.localComuna.count, losRios!.shares.localRegion.count]).toEqual([0, 0]);
    expect(losRios!.shares.sme.share).toBe(1);
  });

  it('counts local anchorage exactly as the suppliers\' isLocalSupplier does', async () => {
    const rows = await queryRows<{ comuna: string; kind: 'municipality' | 'regional_government' | 'national_body' | 'other'; cutCode: string | null;
      regionCode: string | null; inComuna: boolean; inRegion: boolean | null }>(t.database.db, sql`
      select s.comuna_code as comuna, i.kind, i.cut_code as "cutCode", i.region_code as "regionCode",
        ${ANCHORAGE_SQL.comuna} as "inComuna", ${ANCHORAGE_SQL.region} as "inRegion"
      from institutions i cross join (values ('09101'), ('09112'), ('13101'), ('14101')) as s(comuna_code)
      where i.slug in ('temuco', 'valdivia', 'dipres') or (i.kind = 'regional_government' and i.cut_code in ('09', '13'))`);
    expect(rows).toHaveLength(20);
    for (const r of rows) {
      const anchorage = isLocalSupplier(r.comuna, r);
      expect([r.comuna, r.cutCode, r.inComuna, r.inRegion === true]).toEqual([r.comuna, r.cutCode, anchorage === 'comuna', anchorage !== null]);
    }
  });

  it('totals every group, and finds nothing in another year', async () => {
    const total = await findStatisticsTotal(t.database.db, { year: YEAR });
    expect(total).toMatchObject({ lotsCompeted: 6, lotsWithBids: 5, bids: 8, lotsSingleBidder: 3, medianBidders: 1, awardedAmount: 120 * M });
    expect(total!.meanBidders).toBeCloseTo(8 / 5, 10);
    expect(await findStatistics(t.database.db, { groupBy: 'region', year: YEAR - 1 })).toEqual([]);
    expect(await listStatisticsYears(t.database.db, null, YEAR)).toEqual([YEAR]);
  });
});

describe('statistics pages, CSV and API', () => {
  const get = (url: string, cookies?: Record<string, string>) => t.app.inject({ url, cookies });

  it('shows the installation by region with the total, in tables with captions and bars', async () => {
    const res = await get(`/compras/estadisticas?anio=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const b = res.body;
    expect(b).toContain('<caption>Región: reparto del monto</caption>');
    expect(b).toContain('<caption>Región: competencia</caption>');
    expect(b).toMatch(/<th scope="row">La Araucanía<\/th><td class="num">5<\/td><td class="num">\$112\.000\.000<\/td><td class="num">64,3\s?%<\/td><td class="num">28,6\s?%<\/td>/);
    expect(b).toMatch(/<th scope="row">Los Ríos<\/th><td class="num">1<\/td><td class="num">2<\/td><td class="num">2<\/td><td class="num">0 \(0\s?%\)<\/td><td class="num">0<\/td>/);
    expect(b).toMatch(/<th scope="row">Total<\/th><td class="num">6<\/td><td class="num">\$120\.000\.000<\/td>/);
    expect(b).toContain('<span aria-current="true">Región</span>');
    expect(b).toContain(`<span aria-current="true">${YEAR}</span>`);
    expect(b).toMatch(/<dt>Pymes<\/dt><dd><svg[^>]*aria-hidden="true"/);
    expect(b).not.toContain('<script');
    expect(b).not.toMatch(/Micro Temuco|Persona \d|@test/);
  });

  it('groups by institution, linking each to its own statistics', async () => {
    const b = (await get(`/compras/estadisticas?por=institucion&anio=${YEAR}&pendientes=1`)).body;
    expect(b).toContain(`<a href="/instituciones/temuco/compras/estadisticas?anio=${YEAR}&amp;pendientes=1">Municipalidad de Temuco</a>`);
    expect(b).toMatch(/Municipalidad de Temuco<\/a><\/th><td class="num">5<\/td><td class="num">\$105\.000\.000<\/td>/);
    expect(b).toContain('Se cuentan también las adjudicaciones en plazo de reclamos.');
    expect((await get(`/compras/estadisticas?anio=${YEAR - 1}`)).body).toContain('Aún no hay lotes con ofertas abiertas');
  });

  it('downloads the rows and the total as CSV', async () => {
    const res = await get(`/compras/estadisticas.csv?anio=${YEAR}`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, araucania, losRios, total, end] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('key,name,lotsCompeted,lotsWithBids,lotsDeserted,lotsSingleBidder,singleBidderShare,bids,meanBidders,medianBidders,awards,awardedAmount,'
      + 'smeAwards,smeAmount,smeShare,microAwards,microAmount,microShare,smallAwards,smallAmount,smallShare,mediumAwards,mediumAmount,mediumShare,'
      + 'cooperativeAwards,cooperativeAmount,cooperativeShare,associationAwards,associationAmount,associationShare,jointVentureAwards,jointVentureAmount,jointVentureShare,'
      + 'localComunaAwards,localComunaAmount,localComunaShare,localRegionAwards,localRegionAmount,localRegionShare');
    expect(araucania).toBe('09,La Araucanía,5,4,1,3,0.75,6,1.5,1,5,112000000,4,72000000,0.6429,1,30000000,0.2679,2,32000000,0.2857,1,10000000,0.0893,'
      + '2,32000000,0.2857,0,0,0,1,10000000,0.0893,2,40000000,0.3571,4,72000000,0.6429');
    expect(losRios).toMatch(/^14,Los Ríos,1,1,0,0,0,2,2,2,1,8000000,1,8000000,1,/);
    expect(total).toMatch(/^total,Total,6,5,1,3,0.6,8,1.6,1,6,120000000,/);
    expect(end).toBe('');
  });

  it('answers the JSON API by region or institution, with pending awards when asked', async () => {
    const byRegion = (await get(`/api/v1/procurement/statistics?groupBy=region&year=${YEAR}`)).json();
    expect(byRegion.groups.map((g: { key: string }) => g.key)).toEqual(['09', '14']);
    expect(byRegion.total).toMatchObject({ awardedAmount: 120 * M, lotsSingleBidder: 3, meanBidders: 1.6 });
    const temuco = (await get(`/api/v1/procurement/statistics?groupBy=institution&institution=temuco&includePending=true&year=${YEAR}`)).json();
    expect(temuco).toMatchObject({ groupBy: 'institution', year: YEAR, includePending: true });
    expect(temuco.groups).toHaveLength(1);
    expect(temuco.groups[0]).toMatchObject({ key: 'temuco', awardedAmount: 105 * M, associationAwards: 1, associationAmount: 5 * M, localComunaAmount: 45 * M, localRegionAmount: 65 * M });
    expect((await get('/api/v1/procurement/statistics?groupBy=supplier')).statusCode).toBe(400);
    expect((await get('/api/v1/procurement/statistics?year=dos-mil')).statusCode).toBe(400);
    expect((await get('/api/v1/procurement/statistics?institution=atlantida')).statusCode).toBe(404);
  });

  it('shows one institution\'s awards by kind of supplier and its CSV by year', async () => {
    const b = (await get(`/instituciones/temuco/compras/estadisticas?anio=${YEAR}`)).body;
    expect(b).toContain(`<caption>Por tipo de proveedor (${YEAR})</caption>`);
    expect(b).toMatch(/<th scope="row">Cooperativas<\/th><td class="num">1<\/td><td class="num">\$20\.000\.000<\/td><td class="num">20\s?%<\/td>/);
    expect(b).toMatch(/<th scope="row">De la comuna del comprador<\/th><td class="num">2<\/td><td class="num">\$40\.000\.000<\/td><td class="num">40\s?%<\/td>/);
    expect(b).toMatch(/<th scope="row">De la región del comprador<\/th><td class="num">3<\/td><td class="num">\$60\.000\.000<\/td><td class="num">60\s?%<\/td>/);
    expect(b).toMatch(/<dt>Lotes con una sola oferta<\/dt><dd>2 \(66,7\s?%\)<\/dd>/);
    expect(b).toContain('<dt>Lotes desiertos</dt><dd>1</dd>');
    const csv = (await get('/instituciones/temuco/compras/estadisticas.csv')).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[1]).toMatch(new RegExp(`^${YEAR},${YEAR},4,3,1,2,0.6667,5,1.67,1,4,100000000,3,60000000,0.6,`));
    expect(csv).toHaveLength(3);
    const en = (await get(`/instituciones/temuco/compras/estadisticas?anio=${YEAR}&lang=en`)).body;
    expect(en).toMatch(/<th scope="row">Joint ventures<\/th><td class="num">1<\/td>/);
    expect((await get('/instituciones/atlantida/compras/estadisticas')).statusCode).toBe(404);
    expect((await get('/instituciones/temuco/compras/estadisticas?anio=1990')).statusCode).toBe(400);
  });

  it('is public for every role', async () => {
    const { ACTORS } = await import('../../../test-support/people.js');
    for (const actor of ['anonymous', 'resident', 'procurementOfficial', 'participationOfficial', 'otherOfficial', 'admin'] as const) {
      const who = await ACTORS[actor](t);
      for (const url of ['/compras/estadisticas', '/instituciones/temuco/compras/estadisticas', '/compras/estadisticas.csv', '/api/v1/procurement/statistics']) {
        expect([actor, url, (await get(url, who?.cookies)).statusCode]).toEqual([actor, url, 200]);
      }
    }
  });
});
