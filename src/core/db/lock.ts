// PGlite keeps its data folder open in one process: a second process opening the same folder would corrupt it.
// Whoever opens it (server or CLI) first takes this lock file; a stale lock (its process is gone) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly holder: { pid: number; role: string }) {
    super(
      `The embedded database in ${dataDir} is in use by the Cabildo ${holder.role} (pid ${holder.pid}).\n` +
      `PGlite can be opened by one process only. Stop that process first (Ctrl+C in its terminal, or kill ${holder.pid}),\n` +
      `or run Cabildo on PostgreSQL by setting DATABASE_URL, which any number of processes can share.`,
    );
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock or throws DataDirInUseError. Returns the release function. */
export function lockDataDir(dataDir: string, role: 'server' | 'cli'): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'cabildo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, role }));
      closeSync(fd);
      let released = false;
      return () => {
        if (!released) rmSync(file, { force: true });
        released = true;
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid: number; role: string } | null = null;
      try { holder = JSON.parse(readFileSync(file, 'utf8')); } catch { /* unreadable: treat as stale */ }
      if (holder && holder.pid !== process.pid && alive(holder.pid)) throw new DataDirInUseError(dataDir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
