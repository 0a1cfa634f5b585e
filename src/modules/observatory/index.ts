// Observatorio GovTech Municipal (observatory, issue 9): the Índice GovTech Municipal for the 345 municipalities.
// An indicator catalogue in seven pillars (indicators/catalogue.ts) whose values come from other modules (computed,
// with provenance), from CSV imports (SUBDERE SINIM) and from the regional adoption tracker of the shared national
// platforms (adoption/); the index computed by a method that is data, versioned and public (index/), with a
// Monte-Carlo sensitivity analysis of the ranks; server-rendered SVG maps (maps/); the public pages and API (pages/,
// methodology/); publications and panels with an Atom feed (publications/).
//
// Tables owned: observatory_* (schema.ts lists every area's file).
// Public exports: observatoryModule; the indicator import and the refresh of computed values (the `cabildo observatory` commands).
import type { FastifyPluginAsync } from 'fastify';
import type { AppModule, ModuleDeps } from '../../core/module.js';
import { indicatorRoutes } from './indicators/routes.js';
import { pageRoutes } from './pages/routes.js';
import { methodologyRoutes } from './methodology/routes.js';
import { adoptionRoutes } from './adoption/routes.js';
import { publicationRoutes } from './publications/routes.js';
import { seedObservatoryDemo } from './seed.js';
import { listObservatoryDatasets } from './datasets.js';
import { findObservatoryInstitution } from './institutions.js';

export { importValuesCsv } from './indicators/service.js';
export { refreshComputedIndicators } from './indicators/commands/refresh-computed.js';

// Each area adds its routes plugin here (one import, one entry).
const AREA_ROUTES: FastifyPluginAsync<ModuleDeps>[] = [
  indicatorRoutes,
  methodologyRoutes,
  adoptionRoutes,
  publicationRoutes,
  pageRoutes,
];

export const observatoryModule: AppModule = {
  name: 'observatory',
  pages: { overview: '/observatorio', institution: (slug) => `/instituciones/${slug}/observatorio` },
  seedDemo: seedObservatoryDemo,
  datasets: listObservatoryDatasets,
  plugin: async (app, deps) => {
    // Fails the start with a clear message when CABILDO_OBSERVATORY_INSTITUTION names no institution, rather than
    // every steward check failing later.
    await findObservatoryInstitution(deps.db, deps.config);
    for (const routes of AREA_ROUTES) await app.register(routes, deps);
  },
};
