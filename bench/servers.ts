// Starting the servers under test as child processes, so the load generator (autocannon, in the parent) does not
// share their event loop: the figures are what a client on the same machine sees.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..');

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Compiles src/ to dist/ as `npm start` does, so the server under test is the one that would be deployed. */
export function buildCabildo(): void {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error('build failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url} after 60 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Cabildo as `npm start` runs it (compiled, NODE_ENV=production), on a fresh PGlite folder or, when `adminUrl` is set,
 * on a new database in that PostgreSQL cluster (dropped afterwards).
 */
export async function startCabildo(adminUrl?: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'cabildo-bench-'));
  const database = adminUrl ? await createDatabase(adminUrl) : undefined;
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: ROOT,
    // stdout carries the start-up messages (and the demo accounts' one-time passwords); errors go to stderr.
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', BASE_URL: url, LOG_LEVEL: 'warn',
      SESSION_SECRET: randomBytes(32).toString('hex'), CABILDO_IDENTITY_KEY: randomBytes(32).toString('hex'),
      CABILDO_DATA_DIR: dataDir, CABILDO_SEED: 'demo',
      ...(database ? { DATABASE_URL: database.url } : {}),
    },
  });
  await waitUntilUp(`${url}/healthz`, child);
  return {
    url,
    stop: async () => {
      await stopChild(child);
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startBare(htmlFile: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts'], {
    cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PORT: String(port), BENCH_HTML_FILE: htmlFile },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);
  return { url, stop: () => stopChild(child) };
}

async function createDatabase(adminUrl: string) {
  const name = `cabildo_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try { await client.query(statement); } finally { await client.end(); }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
