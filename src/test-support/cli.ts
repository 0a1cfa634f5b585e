// Running `cabildo` commands in-process in tests: a throwaway embedded-database folder for the file's tests, and a
// runner that captures what a command writes to stdout and stderr along with its exit code.
import { afterAll, beforeAll, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points the CLI's configuration at a fresh PGlite folder for this test file, and restores the environment after.
 * Returns the folder holding it, for the test's own scratch files.
 */
export function useCliDataDir(prefix: string): () => string {
  let dir: string;
  const saved = { ...process.env };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `cabildo-${prefix}-`));
    Object.assign(process.env, { NODE_ENV: 'test', CABILDO_DATA_DIR: join(dir, 'data'), CABILDO_SEED: 'none', LOG_LEVEL: 'silent' });
    delete process.env.DATABASE_URL;
    delete process.env.BASE_URL; // Vitest sets it to "/"
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runCommand(command: () => Promise<number>): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
  try {
    return { code: await command(), stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
