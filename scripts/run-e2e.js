#!/usr/bin/env node
// Runs the browser journeys (e2e/, vitest.e2e.config.ts) in Debian's Chromium. Without /usr/bin/chromium a
// developer's `npm test` still passes (the journeys are skipped with a notice); in CI (CI=true) that is a failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(CHROMIUM)) {
  if (process.env.CI === 'true') {
    console.error(`browser journeys cannot run: ${CHROMIUM} is missing (apt-get install chromium)`);
    process.exit(1);
  }
  console.log('browser journeys skipped: install chromium (apt-get install chromium) to run them');
  process.exit(0);
}

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const { status, signal } = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(status ?? (signal ? 1 : 0));
