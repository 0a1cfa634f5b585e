// The built server as a process: starts on a fresh data folder, refuses a second process on the same folder,
// stops cleanly on SIGTERM, and explains bad configuration or an unreachable database without a stack trace.
// Runs dist/ (built by `npm test`'s pretest step).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = join(import.meta.dirname, '../dist/server.js');

interface Run { code: number | null; stdout: string; stderr: string }

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [SERVER], { env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stdout}\n${stderr}`)), 45_000);
    child.stdout.on('data', () => {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`server exited:\n${stdout}\n${stderr}`)); });
  });
  listening.catch(() => {}); // awaited only by tests that expect the server to come up
  return { child, exited, listening };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('cabildo server process', () => {
  it('starts on an empty data folder, holds it alone, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cabildo-server-'));
    const env = { CABILDO_DATA_DIR: dataDir, PORT: '0', CABILDO_SEED: 'none' };
    const server = start(env);
    const url = await server.listening;
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(existsSync(join(dataDir, 'cabildo.lock'))).toBe(true);

    const second = await start(env).exited;
    expect(second.code).toBe(69);
    expect(second.stderr).toContain('in use by the Cabildo server');
    noStackTrace(second.stderr);

    server.child.kill('SIGTERM');
    const end = await server.exited;
    expect(end.code).toBe(0);
    expect(existsSync(join(dataDir, 'cabildo.lock'))).toBe(false);
  });

  it('lists every invalid setting and exits 78', async () => {
    const run = await start({ PORT: 'x', CABILDO_SEED: 'everything', CABILDO_DATA_DIR: mkdtempSync(join(tmpdir(), 'cabildo-cfg-')) }).exited;
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).toContain('CABILDO_SEED');
    noStackTrace(run.stderr);
  });

  it('explains an unreachable PostgreSQL and exits 69, hiding the password', async () => {
    const run = await start({ DATABASE_URL: 'postgres://cabildo:hunter2@127.0.0.1:1/cabildo', PORT: '0' }).exited;
    expect(run.code).toBe(69);
    expect(run.stderr).toContain('Cannot reach PostgreSQL at postgres://cabildo:***@127.0.0.1:1/cabildo');
    expect(run.stderr).not.toContain('hunter2');
    noStackTrace(run.stderr);
  });
});
