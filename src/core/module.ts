// The contract between the core and each module (DESIGN.md): app.ts registers the modules listed by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from './config.js';
import type { Db, Tx } from './db/client.js';
import type { AccountLink } from './views/context.js';

export interface ModuleDeps {
  config: Config;
  db: Db;
}

export interface ModulePages {
  /** The installation-wide page (e.g. /presupuesto/tecnologia). */
  overview: string;
  /** One institution's page (e.g. /instituciones/temuco/presupuesto). */
  institution: (slug: string) => string;
}

/** Module name → its public pages, for the core's home and institution pages (which know no module by name). */
export type LivePages = Partial<Record<string, ModulePages>>;

export interface AppModule {
  name: string;
  /** Registers the module's API (/api/v1/<name>/…) and web routes. */
  plugin: FastifyPluginAsync<ModuleDeps>;
  /** The module's public pages, linked from the home page and each institution's page once the module is live. */
  pages?: ModulePages;
  /**
   * Links for the signed-in person's menu on every page (e.g. unread notifications). Read once per rendered page for
   * signed-in people only, so it must be one cheap indexed query.
   */
  accountLinks?: (db: Db, personId: number) => Promise<AccountLink[]>;
  /**
   * The legal calendar of an institution (institutionId) or of all of them (null) changed: an admin added or removed
   * a holiday, or a release corrected the holiday tables. The module recomputes the deadlines that depend on it, in
   * the caller's transaction, and records the change.
   */
  calendarChanged?: (tx: Tx, change: { institutionId: number | null; reason: string }) => Promise<void>;
  /** Adds the module's demo content when CABILDO_SEED=demo. */
  seedDemo?: (tx: Tx) => Promise<void>;
}
