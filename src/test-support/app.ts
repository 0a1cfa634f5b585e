// Integration-test harness: a fresh database per call (in-memory PGlite by default; a new PostgreSQL database
// when TEST_DATABASE_URL is set), migrated and loaded with reference data, and the app built on it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../core/config.js';
import { openDatabase, type Database } from '../core/db/client.js';
import { migrate } from '../core/db/migrate.js';
import { seedReference } from '../core/tenancy/reference.js';
import { buildApp } from '../app.js';

export interface TestDb {
  database: Database;
  drop(): Promise<void>;
}

/**
 * A migrated database with the reference data, and nothing else: a new database on the PostgreSQL server of
 * `adminUrl` (TEST_DATABASE_URL by default), or an in-memory PGlite without one.
 */
export async function createTestDatabase(adminUrl = process.env.TEST_DATABASE_URL): Promise<TestDb> {
  if (!adminUrl) {
    const database = await openDatabase({});
    await prepare(database);
    return { database, drop: () => database.close() };
  }
  const name = `cabildo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await prepare(database);
  return {
    database,
    drop: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

async function prepare(database: Database) {
  await migrate(database);
  await database.db.transaction((tx) => seedReference(tx));
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test', CABILDO_SEED: 'none', SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    CABILDO_IDENTITY_KEY: 'test-identity-key-test-identity-key-0123', CABILDO_BID_SEALING_KEY: 'test-bid-sealing-key-test-bid-sealing-0123', LOG_LEVEL: 'silent',
    BASE_URL: 'http://localhost:3000', ...overrides,
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(configOverrides: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const config = testConfig(configOverrides);
  const app = await buildApp(config, testDb.database, { logger: false });
  await app.ready();
  return { app, database: testDb.database, config, close: async () => { await app.close(); await testDb.drop(); } };
}
