// Routes of procurement's ocds area: the OCDS API and downloads (routes.api.ts) and the page listing them (routes.web.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { ocdsApiRoutes } from './routes.api.js';
import { ocdsWebRoutes } from './routes.web.js';

export async function ocdsRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(ocdsApiRoutes, deps);
  await app.register(ocdsWebRoutes, deps);
}
