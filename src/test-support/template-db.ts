// Integration tests each get a fresh database. Making one from nothing costs ~3 s on PGlite (2 s of it initdb) and
// ~0.5 s on PostgreSQL (40 migrations and the reference data), for each of ~120 files, some making several. So the
// vitest global setup (global-setup.ts) migrates and seeds one template per run, and createTestDatabase copies it: a
// PGlite data-folder tarball loaded into a new in-memory instance (~0.7 s), or `create database … template` on
// PostgreSQL (~0.07 s with the cluster on tmpfs as in CI; on this machine's disk the copy costs as much as migrating).
// The copy is a whole new database as before; only the work that every test repeated identically is shared.
// migrate-from-scratch.int.test.ts still migrates an empty database on each engine.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../core/db/client.js';
import { migrate } from '../core/db/migrate.js';
import { seedReference } from '../core/tenancy/reference.js';

/** Set by the global setup for the test workers: the tarball's path (PGlite), or the template's URL (PostgreSQL). */
export const PGLITE_TEMPLATE_ENV = 'CABILDO_TEST_PGLITE_TEMPLATE';
export const PG_TEMPLATE_ENV = 'CABILDO_TEST_PG_TEMPLATE';

/** What every test database starts from: all migrations and the reference data (regions, comunas, institutions). */
export async function prepare(database: Database): Promise<void> {
  await migrate(database);
  await database.db.transaction((tx) => seedReference(tx));
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

export interface Template {
  /** The value of PGLITE_TEMPLATE_ENV or PG_TEMPLATE_ENV for the workers. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** An uncompressed tarball (~45 MB; gzip saves disk but costs 0.15 s per load) in a folder of its own. */
export async function buildPgliteTemplate(): Promise<Template> {
  const database = await openDatabase({});
  let tarball: Blob;
  try {
    await prepare(database);
    // Drizzle's PGlite driver keeps its client as `$client`; the app's Database interface has no use for dumps.
    tarball = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
  } finally {
    await database.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'cabildo-test-template-'));
  const file = join(dir, 'pglite.tar');
  writeFileSync(file, new Uint8Array(await tarball.arrayBuffer()));
  return { env: { [PGLITE_TEMPLATE_ENV]: file }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * PostgreSQL copies a database only while nobody is connected to it: the pool is closed before the workers start, and
 * `allow_connections false` keeps autovacuum out too (it would analyze the fresh reference tables mid-run).
 */
export async function buildPostgresTemplate(serverUrl: string): Promise<Template> {
  const name = `cabildo_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const drop = async () => {
    await adminQuery(serverUrl, `alter database ${name} with is_template false`).catch(() => {});
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  };
  try {
    const database = await openDatabase({ url: databaseUrl(serverUrl, name) });
    try {
      await prepare(database);
    } finally {
      await database.close();
    }
    await adminQuery(serverUrl, `alter database ${name} with is_template true allow_connections false`);
  } catch (err) {
    await drop();
    throw err;
  }
  return { env: { [PG_TEMPLATE_ENV]: databaseUrl(serverUrl, name) }, drop };
}

let tarball: Blob | undefined;

/** The PGlite template of this run, read once per worker process; undefined outside the global setup (bench). */
export function pgliteTemplate(): Blob | undefined {
  const file = process.env[PGLITE_TEMPLATE_ENV];
  if (!file) return undefined;
  tarball ??= new Blob([readFileSync(file)]);
  return tarball;
}

/** The PostgreSQL template's name when it lives on the server of `serverUrl`. */
export function postgresTemplate(serverUrl: string): string | undefined {
  const template = process.env[PG_TEMPLATE_ENV];
  if (!template) return undefined;
  const a = new URL(template);
  const b = new URL(serverUrl);
  return a.host === b.host && a.username === b.username ? a.pathname.slice(1) : undefined;
}
