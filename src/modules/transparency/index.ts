// Transparencia (transparency): access-to-information requests under Ley 20.285 with the legal calendar (requests/),
// their documents and redactions (documents/), reminders and per-institution statistics (statistics/), active
// transparency under art. 7 (active/) and the open-data catalogue with DCAT-AP, Data Package and a CKAN-like API
// (catalogue/). Each area keeps its schema, commands, queries, routes and views in its folder; this file only
// assembles them.
//
// Tables owned: transparency_* (schema.ts lists every area's file).
// Public exports: transparencyModule.
import type { FastifyPluginAsync } from 'fastify';
import type { AppModule, ModuleDeps } from '../../core/module.js';
import { recomputeOpenDeadlines } from './requests/recompute.js';
import { requestRoutes } from './requests/routes.js';
import { activeRoutes } from './active/routes.js';
import { documentRoutes } from './documents/routes.js';
import { catalogueRoutes } from './catalogue/routes.js';
import { statisticsRoutes } from './statistics/routes.js';
import { findDueSoonLinks } from './statistics/account-link.js';
import { listActiveDatasets } from './active/service.js';
import { listStatisticsDatasets } from './statistics/datasets.js';
import { seedTransparencyDemo } from './seed.js';

export { findYearFigures, listStatisticsYears as listRequestYears } from './statistics/queries.js';

// Each area adds its routes plugin here (one import, one entry).
const AREA_ROUTES: FastifyPluginAsync<ModuleDeps>[] = [
  requestRoutes,
  catalogueRoutes,
  activeRoutes,
  documentRoutes,
  statisticsRoutes,
];

export const transparencyModule: AppModule = {
  name: 'transparency',
  pages: { overview: '/transparencia', institution: (slug) => `/instituciones/${slug}/transparencia` },
  plugin: async (app, deps) => {
    for (const routes of AREA_ROUTES) await app.register(routes, deps);
  },
  // Officials see how many requests fall due within 5 business days (statistics/account-link.ts).
  accountLinks: findDueSoonLinks,
  // A holiday added or removed moves the deadlines of requests still running (requests/recompute.ts).
  calendarChanged: async (tx, change) => { await recomputeOpenDeadlines(tx, change); },
  // The catalogue lists active transparency's tables and the request statistics next to the datasets officials publish.
  datasets: async (db) => [...await listActiveDatasets(db), ...await listStatisticsDatasets(db)],
  seedDemo: seedTransparencyDemo,
};
