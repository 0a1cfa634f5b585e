// The contract between the core and each module (DESIGN.md): app.ts registers the modules listed by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from './config.js';
import type { Db, Tx } from './db/client.js';

export interface ModuleDeps {
  config: Config;
  db: Db;
}

export interface AppModule {
  name: string;
  /** Registers the module's API (/api/v1/<name>/…) and web routes. */
  plugin: FastifyPluginAsync<ModuleDeps>;
  /** Adds the module's demo content when CABILDO_SEED=demo. */
  seedDemo?: (tx: Tx) => Promise<void>;
}
