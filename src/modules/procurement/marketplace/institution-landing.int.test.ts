// /instituciones/{slug}/compras: the published calls with each lot's state, the figures and the links; drafts never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS } from '../../../test-support/people.js';
import { closeBidding, createTestCall, createTestSupplier } from '../test-support.js';
import { competeAndAward, desertLot } from './test-support.js';

let t: TestApp;
const M = 1_000_000;
const ids: Record<string, number> = {};
const PAGE = '/instituciones/temuco/compras';
/**
 * A lot's line: its number linking to its anchor on the call page, state, budget, closing time, (once opened) its bid
 * count and (awarded or deserted) the link to its award report.
 */
const lot = (call: number, n: number, state: string, budget: string, bids: number | null, report = false) => new RegExp(
  `<li><strong><a href="${PAGE}/llamados/${call}#lote-${n}">Lote ${n}: Lote ${n}</a></strong> <span class="tag">${state}</span>`
  + `<span class="cell-note">Presupuesto: \\$${budget.replace(/\./g, '\\.')} · Cierre de ofertas: <time [^>]+>[^<]+</time>${bids === null ? '' : ` · ofertas recibidas: ${bids}`}`
  + `${report ? ` · <a href="${PAGE}/llamados/${call}/lotes/${n}/informe">informe de adjudicación</a>` : ''}</span></li>`);

beforeAll(async () => {
  t = await createTestApp();
  const a = await createTestSupplier(t, { size: 'micro', comunaCode: '09101' });
  const b = await createTestSupplier(t, { size: 'large', comunaCode: '13101' });
  const awarded = await createTestCall(t, { title: 'Convenio de soporte', lots: [{ budgetAmount: 40 * M }, { budgetAmount: 20 * M }] });
  await competeAndAward(t, awarded, awarded.lots[0]!.id, [{ supplier: a, amount: 30 * M, wins: true }, { supplier: b, amount: 35 * M, wins: false }]);
  await desertLot(t, awarded, awarded.lots[1]!.id);
  ids.awarded = awarded.id;
  const open = await createTestCall(t, { kind: 'quick_purchase', title: 'Compra ágil de equipos', lots: [{ budgetAmount: 5 * M }, { budgetAmount: 6 * M }] });
  await closeBidding(t, open.lots[1]!.id);
  ids.open = open.id;
  ids.draft = (await createTestCall(t, { publish: false, title: 'Borrador interno' })).id;
  ids.valdivia = (await createTestCall(t, { institution: 'valdivia', title: 'Llamado de Valdivia' })).id;
}, 240_000);
afterAll(async () => { await t.close(); });

describe('an institution\'s procurement landing', () => {
  it('lists its published calls, newest first, with the state of each lot; never drafts or other institutions\' calls', async () => {
    const res = await t.app.inject({ url: PAGE });
    expect(res.statusCode).toBe(200);
    const b = res.body;
    const [open, awarded] = [b.indexOf(`href="${PAGE}/llamados/${ids.open}`), b.indexOf(`href="${PAGE}/llamados/${ids.awarded}`)];
    expect(open).toBeGreaterThan(0);
    expect(awarded).toBeGreaterThan(open);
    expect(b).not.toContain('Borrador interno');
    expect(b).not.toContain('Llamado de Valdivia');
    expect(b).toMatch(lot(ids.awarded!, 1, 'Adjudicado', '40.000.000', 2, true));
    expect(b).toMatch(lot(ids.awarded!, 2, 'Desierto', '20.000.000', 0, true));
    // Bids stay uncounted while sealed; a lot past its deadline but not yet opened reads as closed, not open; no report yet.
    expect(b).toMatch(lot(ids.open!, 1, 'Abierto a ofertas', '5.000.000', null));
    expect(b).toMatch(lot(ids.open!, 2, 'Plazo cerrado, ofertas por abrir', '6.000.000', null));
    expect(b).not.toContain('<table');
    expect(b).toContain('<span class="tag">Compra ágil</span> <span class="tag">Publicado</span>');
  });

  it('shows its figures and links to its statistics, the open data and every open lot', async () => {
    const b = (await t.app.inject({ url: PAGE })).body;
    expect(b).toContain('<dt>Monto adjudicado</dt><dd>$30.000.000</dd>');
    expect(b).toMatch(/<dt>Adjudicado a pymes<\/dt><dd>100\s?%<\/dd>/);
    expect(b).toMatch(/<dt>Adjudicado a proveedores de la comuna<\/dt><dd>100\s?%<\/dd>/);
    expect(b).toMatch(/<dt>Adjudicado a proveedores de la región<\/dt><dd>100\s?%<\/dd>/);
    expect(b).toContain('<dt>Ofertas por lote (promedio)</dt><dd>2</dd>');
    expect(b).toContain('<dt>Lotes desiertos</dt><dd>1</dd>');
    for (const href of ['/instituciones/temuco/compras/estadisticas', '/compras/datos', '/compras']) expect(b).toContain(`href="${href}"`);
    expect(b).not.toMatch(/Persona \d|@test\.cabildo\.cl/);
    const valdivia = (await t.app.inject({ url: '/instituciones/valdivia/compras' })).body;
    expect(valdivia).not.toContain('<h2 id="cifras">');
    const empty = (await t.app.inject({ url: '/instituciones/osorno/compras?lang=en' })).body;
    expect(empty).toContain('This institution has not published any calls yet.');
  });

  it('pages its calls by cursor', async () => {
    for (let i = 0; i < 9; i++) await createTestCall(t, { institution: 'osorno', title: `Llamado ${i + 1}`, lots: [{}] });
    await createTestCall(t, { institution: 'osorno', title: 'Llamado 10', lots: [{}] });
    await createTestCall(t, { institution: 'osorno', title: 'Llamado 11', lots: [{}] });
    const first = (await t.app.inject({ url: '/instituciones/osorno/compras' })).body;
    expect(first.match(/<h3 id="llamado-/g)).toHaveLength(10);
    expect(first).toContain('Llamado 11');
    expect(first).not.toContain('>Llamado 1</a>');
    const next = /href="([^"]+)" rel="next"/.exec(first)![1]!.replace(/&amp;/g, '&');
    const second = (await t.app.inject({ url: next })).body;
    expect(second.match(/<h3 id="llamado-/g)).toHaveLength(1);
    expect(second).toContain('>Llamado 1</a>');
    expect((await t.app.inject({ url: '/instituciones/osorno/compras?cursor=WyJ4Il0' })).statusCode).toBe(400);
  });

  it('is public for every role, 404 for an unknown institution, and linked from the core\'s pages', async () => {
    for (const actor of ['anonymous', 'resident', 'procurementOfficial', 'participationOfficial', 'otherOfficial', 'admin'] as const) {
      const who = await ACTORS[actor](t);
      expect([actor, (await t.app.inject({ url: PAGE, cookies: who?.cookies })).statusCode]).toEqual([actor, 200]);
    }
    expect((await t.app.inject({ url: '/instituciones/atlantida/compras' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/' })).body).toContain('href="/compras"');
    expect((await t.app.inject({ url: '/instituciones/temuco' })).body).toContain(`href="${PAGE}"`);
  });
});
