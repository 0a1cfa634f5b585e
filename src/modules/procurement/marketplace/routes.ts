// Routes of procurement's marketplace area: the open calls across institutions and each institution's procurement
// landing (routes.pages.tsx), and the statistics pages, CSV and JSON API (routes.statistics.tsx). All public reads.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { marketplacePageRoutes } from './routes.pages.js';
import { marketplaceStatisticsRoutes } from './routes.statistics.js';

export async function marketplaceRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [marketplacePageRoutes, marketplaceStatisticsRoutes]) await app.register(routes, deps);
}
