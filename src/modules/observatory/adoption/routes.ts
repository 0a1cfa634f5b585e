// The regional adoption tracker's routes: the JSON API (routes.api.ts), the dashboard and municipality records
// (routes.pages.tsx), and the regional programme's workshops and visits (routes.programme.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { adoptionApiRoutes } from './routes.api.js';
import { adoptionPageRoutes } from './routes.pages.js';
import { programmeRoutes } from './routes.programme.js';

export async function adoptionRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [adoptionApiRoutes, adoptionPageRoutes, programmeRoutes]) await app.register(routes, deps);
}
