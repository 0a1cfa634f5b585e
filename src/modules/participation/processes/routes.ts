// Routes of participation's processes: the JSON API (routes.api.ts) and the pages (routes.web.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { processApiRoutes } from './routes.api.js';
import { processPageRoutes } from './routes.web.js';

export async function processRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(processApiRoutes, deps);
  await app.register(processPageRoutes, deps);
}
