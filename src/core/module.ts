// The contract between the core and each module (DESIGN.md): app.ts registers the modules listed by hand.
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from './config.js';
import type { Db, DbOrTx, Tx } from './db/client.js';
import type { AccountLink } from './views/context.js';

export interface ModuleDeps {
  config: Config;
  db: Db;
  /** The modules that publish datasets (AppModule.datasets), for the open-data catalogue, which knows none by name. */
  datasetSources: readonly DatasetSource[];
}

export interface DatasetSource { module: string; datasets: (db: DbOrTx) => Promise<ModuleDataset[]> }

/** The configuration is bound here, so the catalogue calls every source with the database only. */
export const datasetSourcesOf = (modules: readonly AppModule[], config: Config): DatasetSource[] =>
  modules.flatMap((m) => { const { datasets } = m; return datasets ? [{ module: m.name, datasets: (db: DbOrTx) => datasets(db, config) }] : []; });

export interface ModulePages {
  /** The installation-wide page (e.g. /presupuesto/tecnologia). */
  overview: string;
  /** One institution's page (e.g. /instituciones/temuco/presupuesto). */
  institution: (slug: string) => string;
}

/** Module name → its public pages, for the core's home and institution pages (which know no module by name). */
export type LivePages = Partial<Record<string, ModulePages>>;

/**
 * A dataset a module publishes (its downloads), listed read-only by the open-data catalogue (transparency/catalogue)
 * next to the datasets officials publish there: in its search, DCAT-AP, Data Package and CKAN API, marked with the
 * module it comes from. Themes and frequencies are codes of the EU vocabularies (data-theme, frequency).
 */
export interface ModuleDataset {
  /** Stable and unique within the module, lower-case letters, digits and '-' (it becomes the catalogue name `<module>-<key>`). */
  key: string;
  institutionId: number;
  title: string;
  description: string;
  /** DCAT-AP data-theme code, e.g. 'ECON', 'GOVE', 'SOCI'. */
  theme: string;
  keywords: string[];
  /** EU frequency code, e.g. 'ANNUAL', 'NEVER'. */
  frequency: string;
  temporal: { start: string | null; end: string | null };
  /** The page that shows the data. */
  landingPage: string;
  issued: Date;
  modified: Date;
  distributions: Array<{ key: string; title: string; format: string; mediaType: string; url: string }>;
}

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
  /**
   * The datasets the module publishes, read live (one cheap query) by the open-data catalogue whenever it lists
   * datasets: the module stays their only source, so the catalogue never shows a dataset the module has dropped.
   */
  datasets?: (db: DbOrTx, config: Config) => Promise<ModuleDataset[]>;
  /** Adds the module's demo content when CABILDO_SEED=demo, with the installation's configuration (ocid prefix, keys). */
  seedDemo?: (tx: Tx, config: Config) => Promise<void>;
}
