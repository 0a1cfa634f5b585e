// Running the built `cabildo` and server as child processes against a throwaway embedded-database folder, and
// opening that folder in the test process between runs (never while a child has it).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../src/core/db/client.js';
import { lockDataDir } from '../../src/core/db/lock.js';
import { ROOT } from './build.js';

export interface Run { code: number | null; stdout: string; stderr: string }

/**
 * The environment of a child: an embedded database in `dataDir` and nothing else from this process, since the test
 * runner and the developer's shell set variables Cabildo reads (Vitest sets BASE_URL, for one).
 */
export const childEnv = (dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR,
  NODE_ENV: 'test', CABILDO_DATA_DIR: dataDir, CABILDO_SEED: 'none', ...extra,
});

export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

export const runCli = (dataDir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  runNode('dist/cli.js', args, childEnv(dataDir, options.env), options.input);

/** Starts a long-running child and resolves once its stdout matches `ready`; a child that never gets there is killed. */
export function startChild(script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.stdout!.on('data', (d) => {
      out += d;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    });
    child.stderr!.on('data', (d) => { err += d; });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} ended (${code ?? signal}) before it was ready:\n${out}\n${err}`));
    });
  });
}

/** Kills a child and waits until the OS says it is gone. */
export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `cabildo-${prefix}-`));

/**
 * Data folders for one test file: copies of a migrated folder made once by `cabildo migrate` (migrating takes
 * seconds), or empty ones; all removed at the end.
 */
export async function dataDirs(): Promise<{ copy(source?: string): string; empty(): string; remove(): void }> {
  const template = tempDir('template');
  const run = await runCli(template, ['migrate']);
  if (run.code !== 0) {
    rmSync(template, { recursive: true, force: true });
    throw new Error(`cabildo migrate failed: ${run.stderr}`);
  }
  const copies: string[] = [];
  const empty = () => {
    const dir = tempDir('data');
    copies.push(dir);
    return dir;
  };
  return {
    empty,
    copy(source = template) {
      const dir = empty();
      cpSync(source, dir, { recursive: true });
      return dir;
    },
    remove() {
      for (const dir of [template, ...copies]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a data folder in this process, taking its lock like any other process would. */
export async function withDataDir<T>(dataDir: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const release = lockDataDir(dataDir, 'cli');
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
    release();
  }
}
