// Opens the database: PGlite (PostgreSQL in WebAssembly) in a local folder by default, PostgreSQL through `pg`
// when DATABASE_URL is set. Both give the same Drizzle API over the same SQL.
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL only: the connection string, for work that needs its own session (migration lock). */
  url?: string;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/**
 * `location` is a PostgreSQL URL, a PGlite data folder, or 'memory://' for a throwaway PGlite. `loadDataDir` (throwaway
 * PGlite only) starts it from a `dumpDataDir()` tarball instead of an empty cluster: the tests' template database.
 */
export async function openDatabase(location: { url?: string; dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  if (location.url) return openPostgres(location.url);
  return openPglite(location.dataDir, location.loadDataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PGPOOL_MAX ?? 10) });
  // A pooled client that dies (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
  const database: Database = {
    db,
    kind: 'postgres',
    url,
    ping: async () => { await pool.query('select 1'); },
    close: () => pool.end(),
  };
  try {
    await database.ping();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`);
  }
  return database;
}

/** Contrib extensions the migrations create (unaccent: Spanish full-text search that ignores accents). */
const PGLITE_EXTENSIONS = { unaccent };

async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  let client: PGlite;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    client = new PGlite(join(dataDir, 'pglite'), { extensions: PGLITE_EXTENSIONS });
  } else {
    client = new PGlite({ extensions: PGLITE_EXTENSIONS, loadDataDir });
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => { await db.execute(sql`select 1`); },
    close: () => client.close(),
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1:***@');
}

/** Raw SQL for what the query builder can't say; both drivers return `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
