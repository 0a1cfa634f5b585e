// `cabildo observatory import` and `refresh` in-process: a good file (counts as JSON on stdout, progress on stderr),
// a bad one (every problem by line, exit 1, nothing written), usage errors (exit 2), and the refresh's counts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useCliDataDir, runCommand } from '../test-support/cli.js';
import { queryRows } from '../core/db/client.js';
import { withDatabase } from './database.js';
import { main } from './main.js';

const dir = useCliDataDir('observatory');
const countValues = () => withDatabase(async (db) => Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from observatory_values`))[0]!.n));

// Opening the fresh embedded database migrates it (slow on a busy machine): done once here.
beforeAll(async () => { await countValues(); }, 180_000);

describe('cabildo observatory import', () => {
  it('imports a good file (gzipped too) and prints the counts', async () => {
    const file = join(dir(), 'valores.csv.gz');
    writeFileSync(file, gzipSync('cut;year;indicator;value;source\n09101;2023;capacities.professionalisation;41,5;SINIM\n14101;2023;context.poverty;9;CASEN\n'));
    const res = await runCommand(() => main(['observatory', 'import', '--file', file]));
    expect(res).toMatchObject({ code: 0, stdout: '{"rows":2,"inserted":2,"updated":0,"years":[2023]}\n' });
    expect(await countValues()).toBe(2);
  }, 60_000);

  it('refuses a bad file whole: each problem by line, exit 1, nothing written', async () => {
    const file = join(dir(), 'malo.csv');
    writeFileSync(file, 'cut,year,indicator,value,source\n09101,2022,capacities.professionalisation,40,SINIM\n12202,2022,context.population,1,SINIM\n09101,2022,context.poverty,Infinity,CASEN\n');
    const res = await runCommand(() => main(['observatory', 'import', '--file', file]));
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(`${file}: line 3: The comuna 12202 has no municipality (Antártica is administered by Cabo de Hornos).\n`
      + `${file}: line 4: "Infinity" is not a finite number.\nnothing imported: fix the problems above and run the import again\n`);
    expect(await countValues()).toBe(2);
  }, 60_000);

  it('exits 2 on usage errors', async () => {
    for (const args of [[], ['--file'], ['--file', join(dir(), 'no-existe.csv')], ['--file', 'x.csv', '--year', '2020']]) {
      const res = await runCommand(() => main(['observatory', 'import', ...args]));
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toMatch(/^cabildo: .+\nRun "cabildo help" for usage\.\n$/);
    }
    expect((await runCommand(() => main(['observatory', 'refresh', '--year', 'pronto']))).code).toBe(2);
  });
});

describe('cabildo observatory refresh', () => {
  it('prints the counts (nothing to compute on an installation without activity) and is in the help', async () => {
    const res = await runCommand(() => main(['observatory', 'refresh', '--year', '2025']));
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ years: [], inserted: 0, updated: 0, unchanged: 0, deleted: 0, keptImported: 0 });
    const help = await runCommand(() => main(['help']));
    expect(help.stdout).toContain('observatory import --file F.csv');
    expect(help.stdout).toContain('observatory refresh [--year Y]');
  }, 60_000);
});
