import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../../test-support/people.js';
import { auditLog } from '../../../../core/audit/schema.js';
import { findInstitution } from '../../../../core/tenancy/queries.js';
import { importDataset } from '../../commands/import-dataset.js';
import { importReal } from '../../test-support.js';
import { technologyMatcher } from '../../technology.js';
import { fact } from '../../synthetic.js';
import { budgetFacts, budgetTechnologyRules } from '../../schema.js';
import { canonicalRuleCode } from './commands.js';

let t: TestApp;
let official: Browser; // budget official of Temuco
const CUBE = 'temuco-2024-ejecucion';

beforeAll(async () => {
  t = await createTestApp();
  official = await signedIn(t, 'official', 'temuco', ['budget']);
  const temuco = (await findInstitution(t.database.db, 'temuco'))!;
  // A municipal budget in the clasificador's levels (215 prefix dropped by the importer), padding as published.
  const facts = [
    fact('...29.06.001', 1_000n), fact('...29.07', 20_000n), fact('...22.11.003', 300_000n), fact('...29.05.001', 4_000_000n),
    fact('...29.05', 50_000_000n), fact('...22.11.002', 600_000_000n), fact('...22', 7_000_000_000n), fact('...03.01.001', 80_000_000_000n),
  ].map((f) => ({ ...f, partida: '', capitulo: '', programa: '' }));
  await t.database.db.transaction((tx) => importDataset(tx, {
    institutionId: temuco.id, cube: CUBE, year: 2024, format: 'cabildo-csv', kind: 'ejecucion', sourceNames: ['t.csv'], checksum: '0'.repeat(64),
    budget: { facts, labels: [] },
  }, { id: null, label: 'test' }));
  await importReal(t, { institution: 'dipres', path: 'ley/2017.csv', format: 'dipres-ley', year: 2017 });
});
afterAll(async () => { await t.close(); });

const post = (who: Browser | null, url: string, form = '') => t.app.inject({
  method: 'POST', url, cookies: who?.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: `_csrf=${encodeURIComponent(who?.csrf ?? '')}&${form}`,
});
const technologyTotal = async (cube = CUBE) => {
  const res = await t.app.inject({ url: `/api/3/cubes/${cube}/aggregate?cut=tecnologia:true&aggregates=inicial.sum` });
  return res.json().summary['inicial.sum'] as number;
};
const ruleId = async (code: string) => (await t.database.db.select().from(budgetTechnologyRules).where(eq(budgetTechnologyRules.code, code)))[0].id;

/** Every stored flag is what technology.ts says for the active rules: the SQL re-flag and the importer agree. */
async function expectFlagsMatchTheMatcher() {
  const rules = await t.database.db.select().from(budgetTechnologyRules).where(eq(budgetTechnologyRules.active, true));
  const isTechnology = technologyMatcher(rules);
  const facts = await t.database.db.select().from(budgetFacts).orderBy(asc(budgetFacts.datasetId));
  expect(facts.length).toBeGreaterThan(6000);
  expect(facts.filter((f) => f.tecnologia !== isTechnology(f))).toEqual([]);
}

describe('technology rules: who may read and change them', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['participationOfficial', 403],
    ['budgetOfficial', 200],
    ['otherOfficial', 200], // budget official of another institution: the rule set is the whole installation's
    ['admin', 200],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → edit %s', async (who, status) => {
    const b = await ACTORS[who](t);
    const list = await t.app.inject({ url: '/presupuesto/reglas-tecnologia', cookies: b?.cookies });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<code>29.06</code>');
    expect(list.body.includes('action="/presupuesto/reglas-tecnologia"')).toBe(status === 200);
    const id = await ruleId('29.07');
    expect((await t.app.inject({ url: `/presupuesto/reglas-tecnologia/${id}`, cookies: b?.cookies })).statusCode).toBe(status);
    if (status !== 200) {
      // A browser without a session has no CSRF cookie either: its post is refused by the CSRF check first.
      const refused = b ? status : 403;
      expect((await post(b, '/presupuesto/reglas-tecnologia', 'code=29.05&label=x')).statusCode).toBe(refused);
      expect((await post(b, `/presupuesto/reglas-tecnologia/${id}/desactivar`)).statusCode).toBe(refused);
      expect(await t.database.db.select().from(budgetTechnologyRules).where(eq(budgetTechnologyRules.code, '29.05'))).toEqual([]);
    }
  });

  it('explains the matching to everyone', async () => {
    const page = await t.app.inject({ url: '/presupuesto/reglas-tecnologia' });
    expect(page.body).toContain('Un monto más agregado que la regla nunca cuenta');
    expect(page.body).toContain('Carga inicial');
  });
});

describe('changing the rules', () => {
  it('adds a rule, re-flags every dataset in the same transaction, and the Babbage technology total follows', async () => {
    expect(await technologyTotal()).toBe(321_000);
    const res = await post(official, '/presupuesto/reglas-tecnologia', 'code=29.5&label=Maquinarias+y+Equipos+de+Oficina');
    expect(res.statusCode).toBe(303);
    expect(await technologyTotal()).toBe(54_321_000);
    const flash = res.cookies.find((c) => c.name === 'cabildo_flash')!;
    const page = await t.app.inject({ url: '/presupuesto/reglas-tecnologia', cookies: { ...official.cookies, cabildo_flash: flash.value } });
    expect(page.body).toMatch(/Regla 29\.05 agregada: \d+ montos de 2 presupuestos cambiaron de marca\./);
    expect(page.body).toMatch(/<code>29\.05<\/code><\/td><td>Maquinarias y Equipos de Oficina<\/td><td>Activa<\/td><td>Persona \d+<\/td>/);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'budget_technology_rule.add'));
    expect(entry).toMatchObject({ public: true, actorId: official.personId, resourceId: '29.05', summary: { code: '29.05', reflagged: { datasets: 2 } } });
    await expectFlagsMatchTheMatcher();
  });

  it('deactivates and reactivates a rule, re-flagging both ways', async () => {
    const id = await ruleId('29.06');
    expect((await post(official, `/presupuesto/reglas-tecnologia/${id}/desactivar`)).statusCode).toBe(303);
    expect(await technologyTotal()).toBe(54_320_000);
    expect((await t.app.inject({ url: '/presupuesto/reglas-tecnologia' })).body).toMatch(/<code>29\.06<\/code><\/td><td>[^<]+<\/td><td><span class="tag">Inactiva<\/span>/);
    await expectFlagsMatchTheMatcher();
    expect((await post(official, `/presupuesto/reglas-tecnologia/${id}/reactivar`)).statusCode).toBe(303);
    expect(await technologyTotal()).toBe(54_321_000);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, '29.06'))).map((e) => e.action);
    expect(actions).toEqual(['budget_technology_rule.deactivate', 'budget_technology_rule.reactivate']);
  });

  it('relabels a rule without touching the flags', async () => {
    const id = await ruleId('29.07');
    expect((await post(official, `/presupuesto/reglas-tecnologia/${id}`, 'label=Programas+Inform%C3%A1ticos+(software)')).statusCode).toBe(303);
    const [rule] = await t.database.db.select().from(budgetTechnologyRules).where(eq(budgetTechnologyRules.id, id));
    expect(rule.label).toBe('Programas Informáticos (software)');
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'budget_technology_rule.relabel'));
    expect(entry.summary).toMatchObject({ code: '29.07', label: 'Programas Informáticos (software)' });
    expect(await technologyTotal()).toBe(54_321_000);
    const empty = await post(official, `/presupuesto/reglas-tecnologia/${id}`, 'label=');
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('href="#f-label"');
  });

  it('refuses a malformed or repeated code with the form kept, changing nothing', async () => {
    const before = await t.database.db.select().from(budgetTechnologyRules);
    const bad = await post(official, '/presupuesto/reglas-tecnologia', 'code=215.22.11.003&label=Servicios');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#f-code"');
    expect(bad.body).toContain('value="215.22.11.003"');
    const repeated = await post(official, '/presupuesto/reglas-tecnologia', 'code=22.11.3&label=Servicios');
    expect(repeated.statusCode).toBe(422);
    expect(repeated.body).toContain('Ya hay una regla 22.11.003');
    expect(await t.database.db.select().from(budgetTechnologyRules)).toEqual(before);
  });
});

describe('canonicalRuleCode', () => {
  it('pads each level as the clasificador does, and refuses what is not a rule code', () => {
    expect(canonicalRuleCode('29.6')).toBe('29.06');
    expect(canonicalRuleCode('22.11.3')).toBe('22.11.003');
    expect(canonicalRuleCode('29.06.001')).toBe('29.06.001');
    expect(canonicalRuleCode('29.100')).toBeNull();
    expect(canonicalRuleCode('215.22')).toBeNull();
  });
});
