// Browser journeys (e2e/): kept apart from the unit and integration suite, run by scripts/run-e2e.js.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // The journeys' apps start from the run's template database too (src/test-support/template-db.ts).
    globalSetup: ['src/test-support/global-setup.ts'],
    pool: 'forks',
    // One journey file at a time: each starts a Chromium and an app, and the machine has two cores.
    fileParallelism: false,
  },
});
