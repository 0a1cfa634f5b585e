import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, lockDataDir } from '../src/core/db/lock.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cabildo-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('lockDataDir', () => {
  it('holds the folder until released, and refuses a second opener in the same process', () => {
    const dir = dataDir();
    const release = lockDataDir(dir, 'server');
    expect(JSON.parse(readFileSync(join(dir, 'cabildo.lock'), 'utf8'))).toMatchObject({ pid: process.pid, role: 'server' });
    expect(() => lockDataDir(dir, 'cli')).toThrow(DataDirInUseError);
    release();
    expect(existsSync(join(dir, 'cabildo.lock'))).toBe(false);
    lockDataDir(dir, 'cli')();
  });

  it('takes over a lock left by a process that is gone, or by a process whose pid was reused', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'cabildo.lock'), JSON.stringify({ pid: deadPid(), role: 'server' }));
    lockDataDir(dir, 'cli')();
    // pid 1 is alive, but it started long before this lock was written, so it is not the holder.
    writeFileSync(join(dir, 'cabildo.lock'), JSON.stringify({ pid: 1, role: 'server', started: '-1' }));
    if (existsSync('/proc/1/stat')) lockDataDir(dir, 'cli')();
    writeFileSync(join(dir, 'cabildo.lock'), 'not json');
    lockDataDir(dir, 'cli')();
  });

  it('refuses while the holder lives, naming it and what to do', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'cabildo.lock'), JSON.stringify({ pid: process.ppid, role: 'server' }));
    expect(() => lockDataDir(dir, 'cli')).toThrow(`in use by the Cabildo server (pid ${process.ppid})`);
    writeFileSync(join(dir, 'cabildo.lock'), JSON.stringify({ pid: process.ppid, role: 'cli' }));
    expect(() => lockDataDir(dir, 'server')).toThrow('Wait for that command to finish');
  });
});
