// `cabildo eligibility import` run in-process against a throwaway embedded-database folder.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/client.js';
import { useCliDataDir, runCommand } from '../test-support/cli.js';
import { withDatabase } from './database.js';
import { eligibilityImport } from './eligibility.js';

const scratch = useCliDataDir('eligibility');

const run = (args: string[]) => runCommand(() => eligibilityImport(args));

const countEntries = () => withDatabase(async (db) => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from eligibility_entries`))[0].n);

describe('cabildo eligibility import', () => {
  it('imports a file, then refuses a file with bad rows naming their lines and keeps the list as it was', async () => {
    const good = join(scratch(), 'padron.csv');
    writeFileSync(good, 'run;comuna;grupo\n12.345.678-5;09101;Sector 1\n11.111.111-1;9101;Sector 2\n');
    const imported = await run(['--institution', 'temuco', '--list', 'Consulta 2027', '--file', good]);
    expect(imported).toMatchObject({ code: 0, stdout: 'imported 2 entries into list "Consulta 2027" of Municipalidad de Temuco\n' });

    const bad = join(scratch(), 'malo.csv');
    writeFileSync(bad, 'run;comuna\n12.345.678-4;09101\n22.222.222-2;09101\n22222222-2;99999\n');
    const refused = await run(['--institution', '09101', '--list', 'Consulta 2027', '--file', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${bad}: line 2: the RUN's check digit does not match its number\n`);
    expect(refused.stderr).toContain(`${bad}: line 4: no comuna has the CUT code 99999\n`);
    expect(refused.stderr).toContain('nothing imported: 2 problems to fix\n');
    expect(refused.stderr).not.toMatch(/12\.?345\.?678|22\.?222\.?222/);
    expect(await countEntries()).toBe(2);
  }, 120_000);

  it('says what is missing before opening the database', async () => {
    await expect(run(['--institution', 'temuco', '--list', 'x'])).rejects.toThrow('--file is required');
    await expect(run(['--institution', 'temuco', '--list', 'x', '--file', join(scratch(), 'nope.csv')])).rejects.toThrow(/cannot read --file .*ENOENT/);
  });
});
