// Procurement payments as budget execution: the dataset Cabildo keeps per institution and year (created once), one
// fact per payment flagged by the technology rules, labelled with the clasificador's names, listed by the budget
// pages like any execution dataset but read by ejecutado (its only measure); bad lines refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { parseBudgetLine, procurementPaymentsCube, recordProcurementPayment } from './index.js';
import { budgetDatasets, budgetFacts, budgetLabels } from './schema.js';

let t: TestApp;
let temuco: number;
beforeAll(async () => {
  t = await createTestApp();
  temuco = (await findInstitution(t.database.db, 'temuco'))!.id;
}, 240_000);
afterAll(async () => { await t.close(); });

const pay = (budgetLine: string, amount: number, month = 3) => t.database.db.transaction((tx) =>
  recordProcurementPayment(tx, { institutionId: temuco, year: 2027, month, budgetLine, amount, reference: { paymentId: 1 } }, { id: null, label: 'test' }));

describe('budget lines', () => {
  it('parses gasto lines of the clasificador and nothing else', () => {
    expect(parseBudgetLine('22.11.003')).toEqual({ partida: '', capitulo: '', programa: '', subtitulo: '22', item: '11', asignacion: '003' });
    expect(parseBudgetLine('29.07')).toMatchObject({ subtitulo: '29', item: '07', asignacion: '' });
    for (const bad of ['05.01.001', '22', '22.11.03', '22-11-003', '36.01', '22.11.003.1', '']) expect(parseBudgetLine(bad), bad).toBeNull();
  });
});

describe('recording procurement payments', () => {
  it('keeps one execution dataset per institution and year, flags technology and names the nodes', async () => {
    expect(await pay('22.11.003', 5_000_000)).toMatchObject({ cube: procurementPaymentsCube('temuco', 2027), tecnologia: true });
    expect(await pay('22.11.002', 1_000_000, 4)).toMatchObject({ cube: 'temuco-2027-pagos-compras', tecnologia: false });
    expect(await pay('29.07', 2_000_000, 4)).toMatchObject({ tecnologia: true });
    const [dataset] = await t.database.db.select().from(budgetDatasets).where(eq(budgetDatasets.cube, 'temuco-2027-pagos-compras'));
    expect(dataset).toMatchObject({ institutionId: temuco, year: 2027, kind: 'ejecucion', factCount: 3, sourceNames: ['Pagos de compras públicas (Cabildo) 2027'] });
    const facts = await t.database.db.select().from(budgetFacts).where(eq(budgetFacts.datasetId, dataset!.id));
    expect(facts.map((f) => [f.subtitulo, f.item, f.asignacion, f.mes, f.ejecutado, f.tecnologia, f.tipo])).toEqual([
      ['22', '11', '003', 3, 5_000_000n, true, 'gasto'], ['22', '11', '002', 4, 1_000_000n, false, 'gasto'], ['29', '07', '', 4, 2_000_000n, true, 'gasto']]);
    const labels = await t.database.db.select({ item: budgetLabels.item, asignacion: budgetLabels.asignacion, label: budgetLabels.label }).from(budgetLabels)
      .where(eq(budgetLabels.datasetId, dataset!.id));
    expect(labels).toContainEqual({ item: '11', asignacion: '003', label: 'Servicios Informáticos' });
    // The institution's budget pages list it as an execution of the year.
    const res = await t.app.inject({ method: 'GET', url: '/instituciones/temuco/presupuesto/2027' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Fuente: Pagos de compras públicas (Cabildo) 2027');
    expect(res.body).toMatch(/Bienes y servicios de consumo<\/a><\/th><td class="num">—<\/td><td class="num">—<\/td><td class="num">\$6\.000\.000/);
  });

  it('is read by what was paid: the total in the list, the explorer and the technology headline show the payments, not 0', async () => {
    // The three payments above: 8,000,000 in all, 7,000,000 of them technology (22.11.003 and 29.07).
    const index = await t.app.inject({ method: 'GET', url: '/instituciones/temuco/presupuesto' });
    expect(index.body).toMatch(/pagos-compras[^"]*">Ejecución presupuestaria<\/a><\/th><td class="num">MM\$8,0<\/td>/);
    expect(index.body).toContain('medida=ejecutado');
    // The explorer sizes its treemap by ejecutado, the only measure, and ignores another one asked for.
    const explorer = await t.app.inject({ method: 'GET', url: '/instituciones/temuco/presupuesto/2027?medida=vigente' });
    expect(explorer.body).toMatch(/Mapa de rectángulos: cada Subtítulo es un rectángulo de área proporcional a su Ejecutado\. 2 en total/);
    expect(explorer.body).not.toContain('id="f-medida"');
    const tech = await t.app.inject({ method: 'GET', url: '/presupuesto/tecnologia?anio=2027&cubo=temuco-2027-pagos-compras' });
    expect(tech.statusCode).toBe(200);
    expect(tech.body).toMatch(/destinó MM\$7,0 a tecnología \(ejecutado\): 87,5\s?%/);
  });

  it('names its source where another execution of the same year is listed beside it', async () => {
    await t.database.db.insert(budgetDatasets).values({
      institutionId: temuco, cube: 'temuco-2027-ejecucion', year: 2027, format: 'cabildo-csv', kind: 'ejecucion', sourceNames: ['temuco-2027.csv'], checksum: 'x', factCount: 0,
    });
    const tech = await t.app.inject({ method: 'GET', url: '/presupuesto/tecnologia?anio=2027' });
    expect(tech.body).toContain('Ejecución presupuestaria · Pagos de compras públicas (Cabildo) 2027');
    expect(tech.body).toContain('Ejecución presupuestaria · temuco-2027.csv');
    const explorer = await t.app.inject({ method: 'GET', url: '/instituciones/temuco/presupuesto/2027' });
    expect(explorer.body).toMatch(/aria-current="page">Ejecución presupuestaria · temuco-2027\.csv</);
    await t.database.db.delete(budgetDatasets).where(eq(budgetDatasets.cube, 'temuco-2027-ejecucion'));
  });

  it('refuses a line that is not spending, writing nothing', async () => {
    const before = (await t.database.db.select().from(budgetFacts)).length;
    await expect(pay('05.01', 1)).rejects.toThrow(RangeError);
    await expect(pay('22.11.003', 0)).rejects.toThrow(RangeError);
    expect((await t.database.db.select().from(budgetFacts)).length).toBe(before);
  });
});
