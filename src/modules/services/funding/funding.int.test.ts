// The budget page and its commands: linking contracts of the service's institutions only (a grant then points back
// through its incubatorRef), spending entries with their checks, the sums per year (hand-computed, payments across
// years, an unlinked contract stops counting), nothing written on a refusal, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, signedIn, type Browser, type ActorKind } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { procurementContracts } from '../../procurement/schema.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { servicesContracts, servicesSpending } from './schema.js';
import { insertTestContract } from './test-support.js';
import { anonymousBrowser } from '../engagement/test-support.js';

let t: TestApp;
let lead: Browser;
const slug = 'permisos-en-linea';
const c: Record<string, number> = {};
let serviceId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  lead = await signedIn(t, 'official', 'valdivia', []);
  const incubator = await insertTestIncubator(db, { slug: 'lab-presupuesto' });
  serviceId = (await insertTestService(db, { slug, incubatorId: incubator.id, leadPersonId: lead.personId })).id;
  c.tender = (await insertTestContract(db, { title: 'Desarrollo del trámite', amount: 30_000_000,
    payments: [['2025-03-10', 5_000_000], ['2025-12-31', 7_000_000], ['2026-01-01', 4_000_000]] })).id;
  c.grant = (await insertTestContract(db, { kind: 'grant', title: 'Convenio de alfabetización digital', amount: 12_000_000, payments: [['2026-05-05', 6_000_000]] })).id;
  c.other = (await insertTestContract(db, { institution: 'valdivia', title: 'Contrato de Valdivia', payments: [['2026-02-02', 1_000_000]] })).id;
}, 60_000);
afterAll(async () => { await t.close(); });

const budget = async () => (await t.app.inject({ url: `/api/v1/services/${slug}/budget` })).json();
const post = (who: Browser | null, path: string, fields: Array<[string, string]> = []) => t.app.inject({ url: `/servicios/${slug}/presupuesto${path}`, ...formPost(who, fields) });
const countRows = async () => ({
  links: (await t.database.db.select().from(servicesContracts).where(eq(servicesContracts.serviceId, serviceId))).length,
  spending: (await t.database.db.select().from(servicesSpending).where(eq(servicesSpending.serviceId, serviceId))).length,
  audit: (await t.database.db.select().from(auditLog)).length,
});
const refOf = async (id: number) => (await t.database.db.select().from(procurementContracts).where(eq(procurementContracts.id, id)))[0]!.incubatorRef;

describe('linking contracts and recording spending', () => {
  it('links a contract and a grant of the sponsor; the grant points back to the service', async () => {
    expect((await post(lead, '/contratos', [['contract', String(c.tender)]])).statusCode).toBe(303);
    expect((await post(lead, '/contratos', [['contract', String(c.grant)]])).statusCode).toBe(303);
    expect(await refOf(c.grant!)).toBe(`http://localhost:3000/servicios/${slug}`);
    expect(await refOf(c.tender!)).toBeNull();
    const actions = (await t.database.db.select().from(auditLog)).map((a) => a.action);
    expect(actions.filter((a) => a === 'services.contract.link')).toHaveLength(2);
    expect(actions).toContain('procurement.contract.incubator');
  });

  it('refuses a contract of another institution, an unknown one and a second link, writing nothing', async () => {
    const before = await countRows();
    const res = await post(lead, '/contratos', [['contract', String(c.other)]]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Solo se pueden vincular contratos de las instituciones patrocinantes');
    expect((await post(lead, '/contratos', [['contract', '999999']])).statusCode).toBe(422);
    expect((await post(lead, '/contratos', [['contract', String(c.tender)]])).body).toContain('ya está vinculado');
    expect(await countRows()).toEqual(before);
  });

  it('records spending entries ("$1.500.000" reads as pesos) and refuses bad ones with the values kept', async () => {
    expect((await post(lead, '/gastos', [['year', '2025'], ['amount', '3000000'], ['description', 'Horas de equipo DOM, decreto 1234'], ['budgetLine', '21.01.001']])).statusCode).toBe(303);
    expect((await post(lead, '/gastos', [['year', '2026'], ['amount', '$1.500.000'], ['description', 'Transferencia SUBDERE']])).statusCode).toBe(303);
    const before = await countRows();
    for (const [fields, message] of [
      [[['year', '2026'], ['amount', '0'], ['description', 'Nada']], 'mayor que cero'],
      [[['year', '2026'], ['amount', '12,5'], ['description', 'Decimales']], 'mayor que cero'],
      [[['year', '2031'], ['amount', '100'], ['description', 'Futuro']], 'hasta el año en curso'],
      [[['year', '2026'], ['amount', '100'], ['description', 'Partida'], ['budgetLine', '12.01.001']], 'subtítulos 21 a 35'],
      [[['year', '2026'], ['amount', '100'], ['description', 'x']], 'Descripción y fuente'],
    ] as Array<[Array<[string, string]>, string]>) {
      const res = await post(lead, '/gastos', fields);
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(message);
      expect(res.body).toContain(`value="${fields[1]![1]}"`);
    }
    expect(await countRows()).toEqual(before);
  });

  it('sums per year: payments by their date plus entries (hand-computed), in the JSON and on the page', async () => {
    const b = await budget();
    // 2025: 5M + 7M paid, 3M entry; 2026: 4M + 6M paid, 1.5M entry. Valdivia's contract is not linked: not counted.
    expect(b.years).toEqual([
      { year: 2025, contracts: 12_000_000, other: 3_000_000, total: 15_000_000 },
      { year: 2026, contracts: 10_000_000, other: 1_500_000, total: 11_500_000 },
    ]);
    expect(b.total).toEqual({ contracts: 22_000_000, other: 4_500_000, total: 26_500_000 });
    expect(b.contracts.map((x: { title: string; paid: number }) => [x.title, x.paid]).sort()).toEqual([['Convenio de alfabetización digital', 6_000_000], ['Desarrollo del trámite', 16_000_000]]);
    expect(JSON.stringify(b)).not.toMatch(/recordedBy|email|personId/);
    const page = await t.app.inject({ url: `/servicios/${slug}/presupuesto` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('$26.500.000');
    expect(page.body).toContain('$11.500.000');
    expect(page.body).toContain(`href="/compras/contratos/${c.tender}"`);
    expect(page.body).toContain('Horas de equipo DOM, decreto 1234');
    expect(page.body).toContain('Qué se cuenta y qué no');
    // The service page's section: to date and this year (2026 in this test's calendar, as the spending checks use).
    const service = await t.app.inject({ url: `/servicios/${slug}` });
    const section = service.body.slice(service.body.indexOf('Presupuesto ejecutado'));
    expect(section).toContain('$26.500.000');
    expect(section).toContain(`href="/servicios/${slug}/presupuesto"`);
  });

  it('an unlinked contract stops counting, and an unlinked grant no longer points at the service', async () => {
    expect((await post(lead, `/contratos/${c.tender}/desvincular`)).statusCode).toBe(303);
    expect((await post(lead, `/contratos/${c.grant}/desvincular`)).statusCode).toBe(303);
    const b = await budget();
    expect(b.years).toEqual([
      { year: 2025, contracts: 0, other: 3_000_000, total: 3_000_000 },
      { year: 2026, contracts: 0, other: 1_500_000, total: 1_500_000 },
    ]);
    expect(await refOf(c.grant!)).toBeNull();
    expect((await post(lead, `/contratos/${c.tender}/desvincular`)).statusCode).toBe(422);
  });

  it('removes a spending entry of this service only', async () => {
    const [entry] = await t.database.db.select().from(servicesSpending).where(and(eq(servicesSpending.serviceId, serviceId), eq(servicesSpending.year, 2026)));
    expect((await post(lead, `/gastos/${entry!.id}/eliminar`)).statusCode).toBe(303);
    expect((await budget()).total.total).toBe(3_000_000);
    expect((await post(lead, `/gastos/${entry!.id}/eliminar`)).statusCode).toBe(422);
  });
});

describe('who may manage the budget', () => {
  const table: Array<[ActorKind | 'lead', number]> = [
    ['anonymous', 401], ['resident', 403], ['procurementOfficial', 403], ['otherOfficial', 403], ['incubatorTeam', 403], ['otherAdmin', 403],
    ['servicesOfficial', 303], ['admin', 303], ['platformAdmin', 303], ['lead', 303],
  ];
  it.each(table)('%s: reads the page and the JSON, posts → %i', async (kind, status) => {
    // Anonymous: a browser with a CSRF cookie and no session, so the refusal is the policy's (401), not CSRF's.
    const who = kind === 'lead' ? lead : kind === 'anonymous' ? anonymousBrowser(t) : await ACTORS[kind](t);
    const page = await t.app.inject({ url: `/servicios/${slug}/presupuesto`, cookies: who.cookies });
    expect(page.statusCode).toBe(200);
    expect(page.body.includes('Registrar un gasto')).toBe(status === 303);
    expect((await t.app.inject({ url: `/api/v1/services/${slug}/budget` })).statusCode).toBe(200);
    const before = await countRows();
    const res = await post(who, '/gastos', [['year', '2024'], ['amount', '1000'], ['description', `Prueba de ${kind}`]]);
    expect(res.statusCode).toBe(status);
    expect((await countRows()).spending).toBe(before.spending + (status === 303 ? 1 : 0));
  });

  it('404 for an unknown service, page and JSON', async () => {
    expect((await t.app.inject({ url: '/servicios/no-existe/presupuesto' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/services/no-existe/budget' })).statusCode).toBe(404);
  });
});
