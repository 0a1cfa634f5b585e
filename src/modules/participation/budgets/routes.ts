// Participation's participatory budgets (issue 6): the JSON API and the pages, registered by participation/index.ts.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { budgetApiRoutes } from './routes.api.js';
import { budgetPageRoutes } from './routes.pages.js';
import { budgetOfficialRoutes } from './routes.officials.js';

export async function budgetRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(budgetApiRoutes, deps);
  await app.register(budgetPageRoutes, deps);
  await app.register(budgetOfficialRoutes, deps);
}
