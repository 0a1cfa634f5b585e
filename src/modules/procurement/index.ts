// Compras y mercado GovTech (procurement, issue 8): suppliers (companies, cooperatives, associations, joint ventures)
// register and bid (suppliers/); institutions publish calls in lots with a fixed budget and calendar, multi-award and
// weighted criteria (calls/); bids stay sealed until the deadline (bids/); evaluators score them, free of conflicts of
// interest, and lots are awarded to the top N after a standstill (evaluation/); contracts, call-offs under framework
// agreements, milestones and payments follow (contracts/); the marketplace shows open calls, the supplier directory and
// the shares of SMEs, cooperatives and local suppliers (marketplace/). Every public step of a process is an event of
// its lifecycle (process/) that emits an OCDS 1.1 release (ocds/), served as packages and records.
//
// Tables owned: procurement_* (schema.ts lists every area's file).
// Public exports: procurementModule; the OCDS tools (validate, compile, import), used by the `cabildo ocds` command.
import type { FastifyPluginAsync } from 'fastify';
import type { AppModule, ModuleDeps } from '../../core/module.js';
import { seedProcurementDemo } from './seed.js';
import { supplierRoutes } from './suppliers/routes.js';
import { ocdsRoutes } from './ocds/routes.js';
import { marketplaceRoutes } from './marketplace/routes.js';
import { callRoutes } from './calls/routes.js';
import { bidRoutes } from './bids/routes.js';
import { evaluationRoutes } from './evaluation/routes.js';
import { contractRoutes } from './contracts/routes.js';
import { listOcdsDatasets } from './ocds/datasets.js';
import { findMyBidsLinks } from './account-links.js';

export { compileRecordPackage, loadMergeSchema } from './ocds/merge.js';
export { PATCHED_RELEASE_SCHEMA } from './ocds/schemas.js';
export { defaultSchemaDir, loadOcdsSchemas, OcdsSchemaError, validatePackage, type Lang, type ValidationReport } from './ocds/validate.js';
export { importOcdsReleases } from './ocds/import.js';
export { findStatistics, listStatisticsYears as listProcurementYears } from './marketplace/statistics.js';
export { findContractsForServices, listPaymentsForServices, type ContractForServices } from './contracts/for-services.js';
export { linkIncubator } from './contracts/commands/terminate-contract.js';

// Each area adds its routes plugin here (one import, one entry).
const AREA_ROUTES: FastifyPluginAsync<ModuleDeps>[] = [
  bidRoutes,
  evaluationRoutes,
  contractRoutes,
  callRoutes,
  supplierRoutes,
  ocdsRoutes,
  marketplaceRoutes,
];

export const procurementModule: AppModule = {
  name: 'procurement',
  pages: { overview: '/compras', institution: (slug) => `/instituciones/${slug}/compras` },
  seedDemo: seedProcurementDemo,
  plugin: async (app, deps) => {
    for (const routes of AREA_ROUTES) await app.register(routes, deps);
  },
  // The open-data catalogue lists each institution's OCDS releases (ocds/datasets.ts).
  datasets: listOcdsDatasets,
  // "Mis ofertas (n)" for supplier representatives (account-links.ts).
  accountLinks: findMyBidsLinks,
};
