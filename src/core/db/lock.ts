// PGlite keeps its data folder open in one process: a second process opening the same folder would corrupt it.
// Whoever opens it (server or CLI) first takes this lock file; a stale lock (its process is gone) is taken over.
// The lock is created whole and atomically (written aside, then hard-linked into place), so no process ever reads a
// half-written lock; removing a stale one is serialised by a short-lived guard file, so two processes that find the
// same stale lock cannot both end up holding the folder.
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

interface Holder {
  pid: number;
  role: string;
  /** Kernel start time of the holder (Linux), so a pid reused by an unrelated process does not look like the holder. */
  started?: string | null;
}

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly holder: Holder) {
    const stop = holder.role === 'cli'
      ? `Wait for that command to finish (or kill ${holder.pid})`
      : `Stop that process first (Ctrl+C in its terminal, or kill ${holder.pid})`;
    super(
      `The embedded database in ${dataDir} is in use by the Cabildo ${holder.role} (pid ${holder.pid}).\n` +
      `PGlite can be opened by one process only. ${stop},\n` +
      `or run Cabildo on PostgreSQL by setting DATABASE_URL, which any number of processes can share.`,
    );
  }
}

/** Folders this process holds: opening one twice in the same process would corrupt it just the same. */
const heldHere = new Set<string>();
/** A takeover takes microseconds; a guard older than this was left by a process that died during one. */
const GUARD_STALE_MS = 5000;

/** Linux only (null elsewhere): the state and kernel start time of a process, from /proc/<pid>/stat. */
function procStat(pid: number): { state: string; started: string } | null {
  try {
    // "pid (comm) state ppid …": after the command name, state is the 1st field and starttime (field 22) the 20th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    return { state: fields[0], started: fields[19] };
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  // Our own pid in the file is a previous incarnation (a restarted container often gets the same pid).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(holder.pid);
  if (!stat) return true;
  // A killed process that nobody has reaped yet (a zombie) still answers kill(pid, 0), but it holds no files.
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return !holder.started || stat.started === holder.started;
}

const readText = (file: string) => {
  try { return readFileSync(file, 'utf8'); } catch { return null; }
};
const parse = (text: string): Holder | null => {
  try { return JSON.parse(text) as Holder; } catch { return null; }
};
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the lock or throws DataDirInUseError. Returns the release function. */
export function lockDataDir(dataDir: string, role: 'server' | 'cli'): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'cabildo.lock');
  if (heldHere.has(file)) throw new DataDirInUseError(dataDir, { pid: process.pid, role });
  // The nonce makes every lock unique, so a takeover removes exactly the stale lock it inspected.
  const mine = JSON.stringify({ pid: process.pid, role, started: procStat(process.pid)?.started ?? null, nonce: randomBytes(8).toString('hex') });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, mine);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        linkSync(draft, file);
        heldHere.add(file);
        return () => {
          if (!heldHere.delete(file)) return;
          if (readText(file) === mine) rmSync(file, { force: true });
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const text = readText(file);
      if (text === null) continue; // released meanwhile
      const holder = parse(text);
      if (holder && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
      removeStale(file, text);
    }
  } finally {
    rmSync(draft, { force: true });
  }
  throw new Error(`Could not lock ${dataDir}: its lock file keeps changing`);
}

function removeStale(file: string, staleText: string) {
  const guard = `${file}.takeover`;
  try {
    closeSync(openSync(guard, 'wx'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    try {
      if (Date.now() - statSync(guard).mtimeMs > GUARD_STALE_MS) rmSync(guard, { force: true });
    } catch { /* the other process just finished */ }
    sleep(10);
    return;
  }
  try {
    if (readText(file) === staleText) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}
