import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One migrated and seeded template database per run, copied for each test (src/test-support/template-db.ts).
    globalSetup: ['src/test-support/global-setup.ts'],
    pool: 'forks',
    // Test files of a worker share its loaded modules instead of importing the app afresh for each file: importing cost
    // ~320 s of a ~650 s run on two cores. Nothing keeps state in a module across tests (each builds its app and
    // database; fake timers are restored after each use), so sharing them changes no result.
    isolate: false,
    // Two cores: PGlite instances are CPU-bound while they boot.
    maxWorkers: 2,
  },
});
