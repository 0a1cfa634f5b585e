// `cabildo budget import` run in-process against a throwaway embedded-database folder, on the real DIPRES files.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/client.js';
import { useCliDataDir, runCommand } from '../test-support/cli.js';
import { withDatabase } from './database.js';
import { budgetImport } from './budget.js';

const BUDGET_DATA = fileURLToPath(new URL('../../../shared/data/budget/', import.meta.url));
const scratch = useCliDataDir('budget');

const run = (args: string[]) => runCommand(() => budgetImport(args));

const datasets = () => withDatabase((db) => queryRows<{ cube: string; facts: number; tech: number; seen: number }>(db, sql`
  select d.cube, d.fact_count as facts, (select count(*)::int from budget_facts f where f.dataset_id = d.id and f.tecnologia) as tech,
    (select count(*)::int from budget_facts f where f.dataset_id = d.id) as seen
  from budget_datasets d order by d.cube`));

describe('cabildo budget import', () => {
  it('imports the 2017 Ley, prints only the cube, then refuses the HTML "2016.csv" and keeps the cube as it was', async () => {
    const ley = join(BUDGET_DATA, 'ley', '2017.csv');
    const imported = await run(['--institution', 'dipres', '--file', ley, '--format', 'dipres-ley', '--year', '2017']);
    expect(imported).toMatchObject({ code: 0, stdout: 'dipres-2017-ley\n' });
    expect(imported.stderr).toMatch(/^parsed \d+ facts and \d+ labels from 1 file\n/);
    const [first] = await datasets();
    expect(first.cube).toBe('dipres-2017-ley');
    expect(first.seen).toBe(first.facts);
    expect(first.tech).toBeGreaterThan(0); // 29.06 and 29.07 are ítems of the Ley

    const html = join(BUDGET_DATA, 'ley', '2016-not-a-csv.html');
    const refused = await run(['--institution', 'dipres', '--file', html, '--format', 'dipres-ley', '--year', '2017', '--cube', 'dipres-2017-ley']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(new RegExp(`^${html.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 1: .*HTML`));
    expect(refused.stderr).toContain('nothing imported');
    expect(await datasets()).toEqual([first]);
  }, 120_000);

  it('imports a folder of execution files as one cube under the name given', async () => {
    const folder = join(BUDGET_DATA, 'ejecucion-2017', 'original');
    const imported = await run(['--institution', 'dipres', '--file', folder, '--format', 'dipres-ejecucion', '--year', '2017', '--cube', 'dipres-2017-abril']);
    expect(imported).toMatchObject({ code: 0, stdout: 'dipres-2017-abril\n' });
    expect(imported.stderr).toMatch(/from 338 files\n/);
    expect((await datasets()).map((d) => d.cube)).toEqual(['dipres-2017-abril', 'dipres-2017-ley']);
  }, 120_000);

  it('says what is wrong with the options before opening the database', async () => {
    const base = ['--institution', 'dipres', '--file', join(BUDGET_DATA, 'ley', '2017.csv'), '--year', '2017'];
    await expect(run(base)).rejects.toThrow('--format is required');
    await expect(run([...base, '--format', 'fdp'])).rejects.toThrow('no importer yet for --format fdp');
    await expect(run([...base, '--format', 'xls'])).rejects.toThrow('unknown --format xls: use dipres-ley or dipres-ejecucion');
    await expect(run([...base, '--format', 'dipres-ley', '--cube', 'Ley 2017'])).rejects.toThrow('--cube must be lower-case');
    await expect(run(['--institution', 'dipres', '--file', join(scratch(), 'nope.csv'), '--format', 'dipres-ley', '--year', '2017']))
      .rejects.toThrow(/cannot read --file .*ENOENT/);
    await expect(run(['--institution', 'dipres', '--file', join(BUDGET_DATA, 'ejecucion-2017', 'original'), '--format', 'dipres-ley', '--year', '2017']))
      .rejects.toThrow('--format dipres-ley takes one file, not a folder');
  });
});
