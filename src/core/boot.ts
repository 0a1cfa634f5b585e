// Opening Cabildo's database the same way for the server, the CLI and the tests: lock (PGlite), connect,
// migrate, load reference data, and on an empty database add the demo content when CABILDO_SEED=demo.
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { lockDataDir } from './db/lock.js';
import { migrate } from './db/migrate.js';
import { seedReference } from './tenancy/reference.js';
import { seedDemoIfEmpty } from './seed-demo.js';
import type { AppModule } from './module.js';

export interface Opened {
  database: Database;
  close(): Promise<void>;
}

export interface PrepareOptions {
  role: 'server' | 'cli';
  modules: AppModule[];
  log?: (msg: string) => void;
}

export async function openAndPrepare(config: Config, { role, modules, log = () => {} }: PrepareOptions): Promise<Opened> {
  const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir, role);
  try {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    await migrate(database);
    const { added } = await database.db.transaction((tx) => seedReference(tx));
    if (added > 0) log(`loaded reference data: ${added} institutions`);
    if (config.seed === 'demo') await seedDemoIfEmpty(database.db, modules, log, config);
    return {
      database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
