// Opens the database for one command exactly as the server does (core/boot.ts: lock the embedded data folder,
// connect, migrate, load reference data), runs the command, and always closes it, releasing the lock.
import { loadConfig } from '../core/config.js';
import { openAndPrepare } from '../core/boot.js';
import type { AuditActor } from '../core/audit/log.js';
import type { Db } from '../core/db/client.js';
import { MODULES } from '../modules.js';

/** Changes made from the command line are audited under this label: the operator of the installation. */
export const CLI_ACTOR: AuditActor = { id: null, label: 'cli' };

/** Demo content only when asked (`cabildo seed --demo`): other commands never add data they were not told to. */
export async function withDatabase<T>(fn: (db: Db) => Promise<T>, options: { demo?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const opened = await openAndPrepare({ ...config, seed: options.demo ? 'demo' : 'none' }, {
    role: 'cli', modules: MODULES, log: (message) => process.stderr.write(`${message}\n`),
  });
  try {
    return await fn(opened.database.db);
  } finally {
    await opened.close();
  }
}
