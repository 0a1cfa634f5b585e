// Child-process tests run the compiled code in dist/, as `npx cabildo` and `npm start` do. `npm test` builds first;
// for `npx vitest run` this compiles when a source file is newer than the last build, and test files that start
// together wait for that one build instead of writing dist/ at the same time.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Written by every build, by `npm run build` as much as by this file. */
const STAMP = join(ROOT, 'dist', 'cli.js');
const LOCK = join(ROOT, 'dist', '.build-lock');
/** A build takes seconds; a lock older than this was left by a test run that was interrupted. */
const LOCK_STALE_MS = 120_000;

const mtime = (path: string) => {
  try { return statSync(path).mtimeMs; } catch { return 0; }
};

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, mtime(path));
  }
  return newest;
}

const isFresh = () => mtime(STAMP) > newestSource(join(ROOT, 'src'));

export async function ensureBuilt(): Promise<void> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  while (!isFresh()) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (Date.now() - mtime(LOCK) > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (isFresh()) return; // another test file built it while this one waited
      const started = new Date();
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
      // Stamped with the start time: a source saved during the build makes the next run build again.
      utimesSync(STAMP, started, started);
      return;
    } catch (err) {
      throw new Error(`npm run build failed:\n${(err as { stdout?: Buffer }).stdout?.toString() ?? err}`);
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
