// The technology lens and the year comparison through app.inject on the real Ley de Presupuestos 2015 and 2017.
// Expected figures are computed here from the parsed files (and the rule set and IPC table as seeded), in JavaScript.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { budgetData, importReal } from '../test-support.js';
import { parseDipresLey, technologyMatcher, type BudgetFact } from '../index.js';
import { budgetDeflators, budgetTechnologyRules } from '../schema.js';
import { money, percent } from './money.js';

let t: TestApp;
const ley: Record<number, BudgetFact[]> = {};
const page = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, html: res.body };
};
const gasto = (facts: BudgetFact[]) => facts.filter((f) => f.tipo === 'gasto' && f.moneda === 'CLP');
const sum = (facts: BudgetFact[]) => facts.reduce((s, f) => s + (f.inicial ?? 0n), 0n);
const national = (facts: BudgetFact[]) => gasto(facts).filter((f) => !(f.partida === '50' && ['27', '28'].includes(f.subtitulo)));

beforeAll(async () => {
  t = await createTestApp();
  for (const year of [2015, 2017]) {
    const parsed = parseDipresLey(readFileSync(budgetData(`ley/${year}.csv`)), { year });
    if (!parsed.ok) throw new Error(`${year}`);
    ley[year] = parsed.budget.facts;
    await importReal(t, { institution: 'dipres', path: `ley/${year}.csv`, format: 'dipres-ley', year });
  }
}, 120_000);
afterAll(() => t.close());

describe('technology lens', () => {
  it('gives each budget\'s technology total, its share of national gasto, the trend and the top programme', async () => {
    const isTechnology = technologyMatcher(await t.database.db.select().from(budgetTechnologyRules));
    const technology = (year: number) => gasto(ley[year]).filter(isTechnology);
    const { status, html } = await page('/presupuesto/tecnologia?anio=2017&cubo=dipres-2017-ley');
    expect(status).toBe(200);
    const total = sum(technology(2017));
    expect(total).toBeGreaterThan(0n);
    expect(html).toContain(money(total, 'es-CL'));
    expect(html).toContain(`${percent(total, sum(national(ley[2017])), 'es-CL')} de su gasto total`);
    // Trend: both years, each with its own total.
    expect(html).toMatch(/2015: MM\$[\d.]+ \(/);
    expect(html).toContain(`2015: MM$${new Intl.NumberFormat('es-CL').format((sum(technology(2015)) + 500_000n) / 1_000_000n)}`);
    // The programme with the most technology spending comes first.
    const byProgramme = new Map<string, bigint>();
    for (const f of technology(2017)) byProgramme.set(`${f.partida}.${f.capitulo}.${f.programa}`, (byProgramme.get(`${f.partida}.${f.capitulo}.${f.programa}`) ?? 0n) + f.inicial!);
    const [top] = [...byProgramme].sort((a, b) => (b[1] > a[1] ? 1 : -1));
    const firstRow = /<caption>Programas con mayor gasto en tecnología<\/caption>.*?<tbody><tr><th scope="row"><a [^>]*>([\d.]+) /s.exec(html)!;
    expect(firstRow[1]).toBe(top[0]);
    // What each code buys, in the clasificador's words.
    expect(html).toContain('incluye: 001 Programas Computacionales; 002 Sistemas de Información.');
  });

  it('answers 404 for a year without budgets or a cube of another year', async () => {
    expect((await page('/presupuesto/tecnologia?anio=2001')).status).toBe(404);
    expect((await page('/presupuesto/tecnologia?anio=2015&cubo=dipres-2017-ley')).status).toBe(404);
  });
});

describe('year comparison', () => {
  const partida = (facts: BudgetFact[], code: string) => sum(gasto(facts).filter((f) => f.partida === code));

  it('compares partidas in nominal pesos, and in 2017 pesos with the seeded IPC chain (2016 +3.8 %, 2017 +2.2 %)', async () => {
    const nominal = await page('/instituciones/dipres/presupuesto/comparar?desde=2015&hasta=2017');
    const salud = [partida(ley[2015], '16'), partida(ley[2017], '16')];
    expect(nominal.html).toContain(money(salud[0], 'es-CL'));
    expect(nominal.html).toContain(`+${money(salud[1] - salud[0], 'es-CL')}`);
    const real = await page('/instituciones/dipres/presupuesto/comparar?desde=2015&hasta=2017&reales=1');
    // 2015 pesos × 1.038 × 1.022, rounded half up: exact integer arithmetic, as the page must do.
    const restated = (salud[0] * 10380n * 10220n + 50_000_000n) / 100_000_000n;
    expect(real.html).toContain(money(restated, 'es-CL'));
    expect(real.html).toContain('multiplicados por 1,0608');
    expect(real.html).toContain('2015 (en pesos de 2017)');
  });

  it('drills into a partida, says when the deflator chain has a gap, and when a year lacks the data asked for', async () => {
    const drilled = await page('/instituciones/dipres/presupuesto/comparar?desde=2015&hasta=2017&partida=16');
    expect(drilled.html).toContain('aria-current="page">16 Ministerio de Salud');
    await t.database.db.delete(budgetDeflators).where(eq(budgetDeflators.year, 2016));
    const gap = await page('/instituciones/dipres/presupuesto/comparar?desde=2015&hasta=2017&reales=1');
    expect(gap.html).toContain('Falta la variación del IPC de 2016');
    expect(gap.html).toContain(money(partida(ley[2015], '16'), 'es-CL'));
    const none = await page('/instituciones/dipres/presupuesto/comparar?desde=2015&hasta=2017&datos=ejecucion');
    expect(none.html).toContain('No hay datos de Ejecución para 2015 y 2017');
  });
});
