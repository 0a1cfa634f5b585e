// The budget pages without JavaScript: the budget page per reader and stage, proposing a project through the form,
// the knapsack ballot (422 with the total and the error, choices kept; the receipt once), cumulative points, the
// results page with the explanation and an override, and the counter script (served, small).
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, browserFor, formPost, signedIn, apiTokenFor, type Browser } from '../../../test-support/people.js';
import { bearer, castBallot, participationOfficialToken, verifiedVoter } from '../votes/test-support.js';
import { createTestBudget, feasibleProjects, optionsOf, setStage, startVoting } from './test-support.js';
import { BALLOT_SCRIPT_PATH } from './views/ballot-page.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = await participationOfficialToken(t); }, 60_000);
afterAll(async () => { await t.close(); });

const post = (url: string, who: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(who, fields) });
const page = (url: string, who: Browser | null = null) => t.app.inject({ url, cookies: who?.cookies });
const PROJECTS = [{ title: 'Plaza Labranza', cost: 40_000_000 }, { title: 'Ciclovía Pedro de Valdivia', cost: 35_000_000 }, { title: 'Luminarias LED', cost: 30_000_000 }];

describe('the budget page', () => {
  it('shows projects with their review, and the ideas form to signed-in people in the ideas stage', async () => {
    const budget = await createTestBudget(t, official);
    await feasibleProjects(t, official, budget.id, PROJECTS.slice(0, 1));
    const anon = await page(`/participacion/presupuestos/${budget.id}`);
    expect(anon.statusCode).toBe(200);
    expect(anon.body).toContain('Plaza Labranza');
    expect(anon.body).toContain('Factible</strong>: Factible: terreno municipal');
    expect(anon.body).toContain('Ingrese para proponer un proyecto');
    const resident = await signedIn(t);
    const url = `/participacion/presupuestos/${budget.id}/proyectos`;
    const bad = await post(url, resident, [['title', 'Huerto'], ['description', 'corta'], ['cost', 'mucho']]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Huerto"');
    const ok = await post(url, resident, [['title', 'Huerto comunitario Amanecer'], ['description', 'Camas elevadas y compostera.'], ['cost', '12.000.000']]);
    expect(ok.statusCode).toBe(303);
    const list = (await t.app.inject({ url: `/api/v1/participation/budgets/${budget.id}/projects` })).json().projects;
    expect(list.find((p: { title: string }) => p.title === 'Huerto comunitario Amanecer')).toMatchObject({ cost: '12000000', review: 'pending', author: expect.any(String) });
    await setStage(t, budget.id, 'review');
    const late = await post(url, resident, [['title', 'Otra plaza'], ['description', 'Una plaza más para el barrio.'], ['cost', '1000']]);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('La etapa de ideas de este presupuesto no está abierta');
    expect((await page(`/participacion/procesos/${budget.processId}/presupuestos`)).body).toContain(`/participacion/presupuestos/${budget.id}`);
  });
});

describe('the officials’ pages', () => {
  it('review a project and open the voting, for officials of the institution with the permission only', async () => {
    const budget = await createTestBudget(t, official);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/${budget.id}/projects`, headers: bearer(official),
      payload: { title: 'Huerto comunitario Amanecer', description: 'Camas elevadas y compostera.', cost: '12000000' } });
    const projectId = res.json().id as number;
    const url = `/participacion/presupuestos/proyectos/${projectId}/revision`;
    for (const [kind, status] of [['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['participationOfficial', 200], ['admin', 200]] as const) {
      expect((await page(url, await ACTORS[kind](t))).statusCode, kind).toBe(status);
    }
    const reviewer = await signedIn(t, 'official', 'temuco', ['participation']);
    expect((await post(url, await signedIn(t), [['verdict', 'feasible'], ['cost', '1'], ['answer', 'Factible por cierto.']])).statusCode).toBe(403);
    const bad = await post(url, reviewer, [['verdict', 'feasible'], ['cost', '13.500.000'], ['answer', 'corta']]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="13.500.000"');
    const ok = await post(url, reviewer, [['verdict', 'feasible'], ['cost', '13.500.000'], ['answer', 'Factible: el sitio junto al CESFAM es municipal.']]);
    expect(ok.statusCode).toBe(303);
    const budgetPage = await page(`/participacion/presupuestos/${budget.id}`);
    expect(budgetPage.body).toContain('Costo: $13.500.000');
    expect(budgetPage.body).not.toContain('/revision');
    const open = `/participacion/presupuestos/${budget.id}/votacion`;
    expect((await post(open, await signedIn(t), [])).statusCode).toBe(403);
    expect((await post(open, reviewer, [])).statusCode).toBe(303);
    const votes = (await t.app.inject({ url: `/api/v1/participation/budgets/${budget.id}` })).json().votes;
    expect(votes).toHaveLength(1);
    const twice = await post(open, reviewer, []);
    expect(twice.statusCode).toBe(303);
    expect((await t.app.inject({ url: `/api/v1/participation/budgets/${budget.id}` })).json().votes).toHaveLength(1);
  });
});

describe('the knapsack ballot', () => {
  it('re-renders an over-budget ballot with the total and the error (422, choices kept), then gives the receipt once', async () => {
    const budget = await createTestBudget(t, official, { total: '100000000', ballot: { kind: 'knapsack' } });
    const ids = await feasibleProjects(t, official, budget.id, PROJECTS);
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    const url = `/participacion/presupuestos/${budget.id}/votar`;
    expect((await page(url)).body).toContain('/ingresar?next=');
    expect((await page(url, await signedIn(t))).body).toContain('Su identidad aún no está verificada');
    const voter = await browserFor(t, (await verifiedVoter(t)).personId);
    const ballot = await page(url, voter);
    expect(ballot.body).toContain('aria-live="polite"');
    expect(ballot.body).toContain(`src="${BALLOT_SCRIPT_PATH}"`);
    expect(ballot.body).toContain('Gastado $0 de $100.000.000 disponibles');
    const over = await post(url, voter, ids.map((id) => ['choice', String(option.get(id))]));
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('Su selección suma $105.000.000 y el presupuesto disponible es $100.000.000: quite algún proyecto.');
    expect(over.body).toContain('Gastado $105.000.000 de $100.000.000 disponibles · quedan $0');
    expect(over.body.match(/<input type="checkbox"[^>]*checked/g)).toHaveLength(3);
    const ok = await post(url, voter, [['choice', String(option.get(ids[0]!))], ['choice', String(option.get(ids[2]!))]]);
    expect(ok.statusCode).toBe(201);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.body).toMatch(/<code id="receipt">[0-9a-f ]+<\/code>/);
    const again = await page(url, voter);
    expect(again.body).toContain('Usted ya votó');
    expect(again.body).not.toContain('name="choice"');
    // The vote's own page sends budget voters to this ballot.
    expect((await page(`/participacion/votaciones/${vote!.voteId}`)).headers.location).toBe(url);
  });

  it('takes cumulative points from number fields', async () => {
    const budget = await createTestBudget(t, official, { ballot: { kind: 'cumulative', points: 10 }, rule: 'greedy' });
    const ids = await feasibleProjects(t, official, budget.id, PROJECTS);
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    const voter = await browserFor(t, (await verifiedVoter(t)).personId);
    const url = `/participacion/presupuestos/${budget.id}/votar`;
    const over = await post(url, voter, [[`p${option.get(ids[0]!)}`, '8'], [`p${option.get(ids[1]!)}`, '4']]);
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('Repartió 12 puntos y puede repartir como máximo 10.');
    expect(over.body).toContain('value="8"');
    expect((await post(url, voter, [[`p${option.get(ids[0]!)}`, '6'], [`p${option.get(ids[1]!)}`, '4'], [`p${option.get(ids[2]!)}`, '']])).statusCode).toBe(201);
  });
});

describe('the results page', () => {
  it('waits for the close, then explains each project, both rules side by side, and shows an override with its justification', async () => {
    const budget = await createTestBudget(t, official, { total: '100000000', ballot: { kind: 'approval' }, rule: 'mes' });
    const ids = await feasibleProjects(t, official, budget.id, PROJECTS.map((p) => ({ ...p, cost: 50_000_000 })));
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    for (const choices of [...Array(6).fill([ids[0], ids[1]]), ...Array(4).fill([ids[2]])] as number[][]) {
      await castBallot(t, vote!.voteId, await verifiedVoter(t), { choices: choices.map((id) => option.get(id)) });
    }
    const url = `/participacion/presupuestos/${budget.id}/resultados`;
    expect((await page(url)).body).toContain('Los resultados se publican cuando cierra la votación');
    await setStage(t, budget.id, 'results');
    const results = await page(url);
    expect(results.statusCode).toBe(200);
    expect(results.body).toContain('Por qué ganó o perdió cada proyecto');
    expect(results.body).toMatch(/sus 6 votantes ya habían gastado su parte en «(Plaza Labranza|Ciclovía Pedro de Valdivia)»/);
    expect(results.body).toContain('Con la otra regla: Más votados primero (greedy)');
    expect(results.body).toContain('Con Más votados primero (greedy) se financiaría además');
    const english = await page(`${url}?lang=en`);
    expect(english.body).toMatch(/its 6 voters had already spent their share on “/);
    const admin = await signedIn(t, 'institution_admin', 'temuco');
    const justification = 'El Concejo Municipal acordó financiar la luminaria por el informe de Carabineros sobre robos en el sector durante 2026.';
    await t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/${budget.id}/override`, headers: bearer(await apiTokenFor(t, admin.personId)),
      payload: { selected: [ids[2]], justification } });
    const overridden = await page(url);
    expect(overridden.body).toContain('Resultado definido por la institución');
    expect(overridden.body).toContain(justification);
    expect(overridden.body).toContain('Resultado calculado (Método de Partes Iguales)');
  });
});

describe('the counter script', () => {
  it('is served as JavaScript, small (≤ 30 KB gzip, far less in fact)', async () => {
    const res = await t.app.inject({ url: BALLOT_SCRIPT_PATH });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(gzipSync(res.body).length).toBeLessThan(1024);
  });
});
