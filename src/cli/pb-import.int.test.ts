// `cabildo pb import`: the options, and the import itself on a real instance (Assen 2024, ../shared/data/pb/): the
// stored MES results reproduce the file's `selected` column, and the .pb export gives back the same ballots.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { signedIn } from '../test-support/people.js';
import { findInstitution } from '../core/tenancy/queries.js';
import { realFilePath } from '../modules/participation/budgets/pabulib/real-files.js';
import { parsePabulib } from '../modules/participation/budgets/tally/index.js';
import { importPabulib, importingOfficial } from '../modules/participation/budgets/import.js';
import { UsageError } from './errors.js';
import { parsePbImport } from './pb-import.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

describe('cabildo pb import', () => {
  it('needs a file and --institution', () => {
    expect(() => parsePbImport([])).toThrow(UsageError);
    expect(() => parsePbImport(['a.pb'])).toThrow('--institution is required');
    expect(parsePbImport(['a.pb', '--institution', 'temuco'])).toEqual({ file: 'a.pb', institution: 'temuco' });
  });

  it('imports Assen 2024 and its stored MES outcome is the city’s funded projects', async () => {
    const instance = parsePabulib(readFileSync(realFilePath('Netherlands_Assen_2024'), 'utf8'));
    const institution = (await findInstitution(t.database.db, 'temuco'))!;
    expect(await t.database.db.transaction((tx) => importingOfficial(tx, institution.id))).toBeNull();
    await signedIn(t, 'institution_admin', 'temuco');
    const done = await t.database.db.transaction(async (tx) => importPabulib(tx, instance, institution.id, (await importingOfficial(tx, institution.id))!));
    expect(done).toMatchObject({ projects: 14, ballots: 84 });
    const results = (await t.app.inject({ url: `/api/v1/participation/budgets/${done.budgetId}/results` })).json();
    const mes = results.results.find((r: { rule: string }) => r.rule === 'mes');
    const projects = (await t.app.inject({ url: `/api/v1/participation/budgets/${done.budgetId}/projects` })).json().projects as Array<{ id: number; answer: string }>;
    const fileId = (id: number) => projects.find((p) => p.id === id)!.answer.replace('pabulib project ', '');
    const funded = instance.projects.filter((p) => p.extra.selected === '1').map((p) => p.id).sort();
    expect(mes.selected.map(fileId).sort()).toEqual(funded);
    expect(mes.cost).toBe('76700');
    const exported = parsePabulib((await t.app.inject({ url: `/api/v1/participation/budgets/${done.budgetId}/pabulib` })).body);
    const multiset = (votes: string[][]) => votes.map((v) => v.length).sort().join(',');
    expect(multiset(exported.votes.map((v) => v.vote))).toBe(multiset(instance.votes.map((v) => v.vote)));
    expect(exported.budget.value).toBe(100000n);
  });
});
