// Integration-test harness: a fresh database per call (in-memory PGlite by default; a new PostgreSQL database
// when TEST_DATABASE_URL is set), migrated and loaded with reference data, and the app built on it. Under vitest the
// database is a copy of the run's template (template-db.ts); elsewhere (bench) it is migrated here.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../core/config.js';
import { openDatabase, type Database } from '../core/db/client.js';
import { buildApp } from '../app.js';
import { adminQuery, databaseUrl, pgliteTemplate, postgresTemplate, prepare } from './template-db.js';

export interface TestDb {
  database: Database;
  drop(): Promise<void>;
}

/**
 * A migrated database with the reference data, and nothing else: a new database on the PostgreSQL server of
 * `adminUrl` (TEST_DATABASE_URL by default), or an in-memory PGlite without one.
 */
export async function createTestDatabase(adminUrl = process.env.TEST_DATABASE_URL): Promise<TestDb> {
  const template = adminUrl ? postgresTemplate(adminUrl) : pgliteTemplate();
  const testDb = await createEmptyDatabase(adminUrl, template);
  if (!template) {
    try {
      await prepare(testDb.database);
    } catch (err) {
      await testDb.drop();
      throw err;
    }
  }
  return testDb;
}

/**
 * A new database with nothing in it (no migrations), or a copy of `template`: a PGlite tarball, or the name of a
 * database on the server of `adminUrl`.
 */
export async function createEmptyDatabase(adminUrl = process.env.TEST_DATABASE_URL, template?: Blob | string): Promise<TestDb> {
  if (!adminUrl) {
    const database = await openDatabase({ loadDataDir: template instanceof Blob ? template : undefined });
    return { database, drop: () => database.close() };
  }
  const name = `cabildo_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, typeof template === 'string' ? `create database ${name} template ${template}` : `create database ${name}`);
  const dropDatabase = () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  let database: Database;
  try {
    database = await openDatabase({ url: databaseUrl(adminUrl, name) });
  } catch (err) {
    await dropDatabase();
    throw err;
  }
  return { database, drop: async () => { await database.close(); await dropDatabase(); } };
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
