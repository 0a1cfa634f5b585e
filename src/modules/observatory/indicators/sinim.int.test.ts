// The shipped SINIM file (data/observatory/sinim-2019-2023.csv.gz) through the importer, as the demo seed loads it:
// every municipality, every year, and exactly the source's gaps left out (an empty SINIM cell is no value, never 0).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { importValuesCsv } from './service.js';
import { SINIM_FILE } from './seed.js';

const SOURCE = fileURLToPath(new URL('../../../../../shared/data/chile/sinim_indicadores_comunas_2019_2023.csv', import.meta.url));
/** The 11 SINIM columns the derivation maps (scripts/derive-observatory-data.ts). */
const COLUMNS = 11;

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

describe('the shipped SINIM file', () => {
  it('imports whole: 345 municipalities a year, every value finite, the gaps exactly the empty cells of the source', async () => {
    const source = parse(readFileSync(SOURCE), { columns: true }) as Array<Record<string, string>>;
    const emptyCells = source.reduce((n, row) => n + Object.values(row).slice(3).filter((c) => c.trim() === '').length, 0);
    expect(emptyCells).toBe(300);

    const result = await importValuesCsv(t.database.db, gunzipSync(readFileSync(SINIM_FILE)), SYSTEM_ACTOR);
    expect(result).toMatchObject({ ok: true, outcome: { rows: source.length * COLUMNS - emptyCells, inserted: 18_675, updated: 0, years: [2019, 2020, 2021, 2022, 2023] } });

    const perYear = await queryRows<{ year: number; n: number; cuts: number; bad: number }>(t.database.db, sql`
      select year, count(*)::int as n, count(distinct cut)::int as cuts,
        count(*) filter (where value = 'NaN'::float8 or value in ('Infinity'::float8, '-Infinity'::float8))::int as bad
      from observatory_values group by year order by year`);
    const gapsPerYear = (year: string) => source.filter((r) => r.anio === year).reduce((n, r) => n + Object.values(r).slice(3).filter((c) => c.trim() === '').length, 0);
    expect(perYear.map((r) => [Number(r.year), Number(r.n), Number(r.cuts), Number(r.bad)]))
      .toEqual(['2019', '2020', '2021', '2022', '2023'].map((y) => [Number(y), 345 * COLUMNS - gapsPerYear(y), 345, 0]));
    // SOURCES.md speaks of 18 municipalities without staff figures in 2023; the file itself has 17 empty cells there.
    const [staff] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observatory_values where year = 2023 and indicator = 'context.staff'`);
    expect(Number(staff!.n)).toBe(345 - 17);
    const [temuco] = await queryRows<{ value: number }>(t.database.db, sql`select value from observatory_values where cut = '09101' and year = 2019 and indicator = 'context.population'`);
    expect(Number(temuco!.value)).toBe(Number(source.find((r) => r.cut_comuna === '09101' && r.anio === '2019')!.poblacion_ine_estimada));

  }, 300_000);
});
