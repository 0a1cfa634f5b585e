// The other integration tests start from the run's template (template-db.ts), so this one keeps the real path
// tested on each engine: every migration applied to an empty database, then the reference data, and the result
// identical to the template the other tests use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../core/db/client.js';
import { isMigrated, migrate } from '../core/db/migrate.js';
import { seedReference } from '../core/tenancy/reference.js';
import { createEmptyDatabase, createTestDatabase, type TestDb } from './app.js';

let scratch: TestDb;
let copy: TestDb;
beforeAll(async () => { [scratch, copy] = await Promise.all([createEmptyDatabase(), createTestDatabase()]); });
afterAll(async () => { await scratch?.drop(); await copy?.drop(); });

/** Tables, columns, indexes and constraints of the app's schemas, and the applied migrations and reference rows. */
async function fingerprint(t: TestDb) {
  const db = t.database.db;
  return {
    columns: await queryRows(db, sql`select table_schema, table_name, column_name, data_type, is_nullable, column_default
      from information_schema.columns where table_schema in ('public', 'drizzle') order by 1, 2, 3`),
    indexes: await queryRows(db, sql`select schemaname, indexname, indexdef from pg_indexes where schemaname in ('public', 'drizzle') order by 1, 2`),
    constraints: await queryRows(db, sql`select conname, pg_get_constraintdef(oid) as def from pg_constraint
      where connamespace = 'public'::regnamespace order by 1, 2`),
    migrations: await queryRows(db, sql`select hash, created_at from drizzle.__drizzle_migrations order by id`),
    reference: await queryRows(db, sql`select (select count(*)::int from regions) as regions, (select count(*)::int from comunas) as comunas,
      (select count(*)::int from institutions) as institutions`),
  };
}

describe(`migrating an empty database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('applies every migration, loads the reference data once, and matches the template the tests copy', async () => {
    const { database } = scratch;
    expect(await isMigrated(database)).toBe(false);
    const [before] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    expect(before.n).toBe(0);

    await migrate(database);
    expect(await isMigrated(database)).toBe(true);
    await migrate(database); // a second run applies nothing and fails nothing

    const first = await database.db.transaction((tx) => seedReference(tx));
    expect(first.added).toBeGreaterThan(360);
    const again = await database.db.transaction((tx) => seedReference(tx));
    expect(again.added).toBe(0);

    const fromScratch = await fingerprint(scratch);
    expect(fromScratch.reference).toEqual([{ regions: 16, comunas: 346, institutions: first.added }]);
    expect(fromScratch.columns.length).toBeGreaterThan(100);
    expect(await fingerprint(copy)).toEqual(fromScratch);
  });
});
