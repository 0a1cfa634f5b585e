// Routes of procurement's contracts area: the JSON API of contracts and call-offs (routes.api*.ts) and their pages,
// which work without JavaScript (routes.pages.tsx, routes.pages-call-offs.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { contractApiRoutes } from './routes.api.js';
import { callOffApiRoutes } from './routes.api-call-offs.js';
import { contractPageRoutes } from './routes.pages.js';
import { callOffPageRoutes } from './routes.pages-call-offs.js';

export async function contractRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [contractApiRoutes, callOffApiRoutes, contractPageRoutes, callOffPageRoutes]) await app.register(routes, deps);
}
