// `cabildo eligibility import` run in-process against a throwaway embedded-database folder.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/client.js';
import { withDatabase } from './database.js';
import { eligibilityImport } from './eligibility.js';

let dir: string;
const saved = { ...process.env };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cabildo-eligibility-'));
  Object.assign(process.env, { NODE_ENV: 'test', CABILDO_DATA_DIR: join(dir, 'data'), CABILDO_SEED: 'none', LOG_LEVEL: 'silent' });
  delete process.env.DATABASE_URL;
  delete process.env.BASE_URL; // Vitest sets it to "/"
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
  try {
    return { code: await eligibilityImport(args), stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const countEntries = () => withDatabase(async (db) => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from eligibility_entries`))[0].n);

describe('cabildo eligibility import', () => {
  it('imports a file, then refuses a file with bad rows naming their lines and keeps the list as it was', async () => {
    const good = join(dir, 'padron.csv');
    writeFileSync(good, 'run;comuna;grupo\n12.345.678-5;09101;Sector 1\n11.111.111-1;9101;Sector 2\n');
    const imported = await run(['--institution', 'temuco', '--list', 'Consulta 2027', '--file', good]);
    expect(imported).toMatchObject({ code: 0, stdout: 'imported 2 entries into list "Consulta 2027" of Municipalidad de Temuco\n' });

    const bad = join(dir, 'malo.csv');
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
    await expect(run(['--institution', 'temuco', '--list', 'x', '--file', join(dir, 'nope.csv')])).rejects.toThrow(/cannot read --file .*ENOENT/);
  });
});
