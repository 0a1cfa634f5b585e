import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { insertTestSensitivity } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const page = (q = '') => t.app.inject({ url: `/observatorio/sensibilidad${q}` });
const api = (q: string) => t.app.inject({ url: `/api/v1/observatory/index/sensitivity${q}` });

describe('before any Monte-Carlo run', () => {
  it('the page says so and the API answers 404', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('El análisis de sensibilidad aún no se ha calculado.');
    expect((await api('?year=2023')).statusCode).toBe(404);
  });

  it('a bad year is a 400', async () => {
    expect((await api('?year=abc')).statusCode).toBe(400);
    expect((await api('')).statusCode).toBe(400);
    expect((await page('?anio=12')).statusCode).toBe(400);
  });
});

describe('with a stored run', () => {
  beforeAll(async () => { await insertTestSensitivity(t.database.db, 2023); });

  it('the API gives every municipality with its name, and the factors', async () => {
    const res = await api('?year=2023');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2023, methodVersion: 1, seed: 42, runs: 500 });
    expect(body.units[0]).toEqual({ cut: '09101', name: 'Temuco', rank: 1, medianRank: 1, low: 1, high: 2 });
    expect(body.units[3]).toEqual({ cut: '09201', name: 'Angol', rank: null, medianRank: null, low: null, high: null });
    expect(body.factors).toHaveLength(3);
    expect((await api('?year=2022')).statusCode).toBe(404);
  });

  it('the page: what was varied, the factors by effect with a plain sentence, the chart and the tables', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('se recalcula 500 veces');
    expect(html).toContain('La semilla 42 hace el cálculo reproducible: misma semilla, mismo resultado.');
    const order = ['Peso del pilar Capacidades', 'Agregación', 'Normalización'].map((f) => html.indexOf(`<li><strong>${f}.</strong>`));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(html).toContain('Cuánto cambian las posiciones si el pilar Capacidades pesa más o menos que los demás.');
    expect(html).toContain('Efecto de primer orden: 42 %; desplazamiento medio: 1,6 puestos.');
    expect(html).toContain('<svg width="65" height="320"');
    expect(html).toContain('<title id="rc-title">');
    expect(html).toMatch(/Los 3 municipios con el intervalo más ancho[\s\S]*?Padre Las Casas/);
    expect(html).toContain('<td class="num">3<span class="cell-note">1 a 5</span></td>');
    expect(html).toContain('<td class="num">2,5<span class="cell-note">2 a 4</span></td>');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('a year without a run is a 404 page listing the years that have one', async () => {
    const res = await page('?anio=2021');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('No hay análisis de sensibilidad para 2021');
    expect(res.body).toContain('href="/observatorio/sensibilidad?anio=2023"');
  });
});
