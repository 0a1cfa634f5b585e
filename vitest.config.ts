import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One migrated and seeded template database per run, copied for each test (src/test-support/template-db.ts).
    globalSetup: ['src/test-support/global-setup.ts'],
    pool: 'forks',
    // Two cores: PGlite instances are CPU-bound while they boot.
    maxWorkers: 2,
  },
});
