// Vitest global setup: builds the run's template database once, before the workers start, on the engine the tests
// use (TEST_DATABASE_URL or PGlite); createTestDatabase copies it (template-db.ts). Workers see it through an
// environment variable rather than vitest's provide/inject so that test-support/app.ts also works outside vitest.
// In watch mode the template lives as long as the watcher: restart it after changing a migration or the seed.
import { buildPgliteTemplate, buildPostgresTemplate } from './template-db.js';

export default async function setup(): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  const template = url ? await buildPostgresTemplate(url) : await buildPgliteTemplate();
  Object.assign(process.env, template.env);
  return () => template.drop();
}
