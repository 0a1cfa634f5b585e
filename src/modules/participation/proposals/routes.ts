// Routes of participation's proposals: the JSON API (routes.api.ts) and the pages (routes.pages.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { proposalApiRoutes } from './routes.api.js';
import { proposalPageRoutes } from './routes.pages.js';

export async function proposalRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [proposalApiRoutes, proposalPageRoutes]) await app.register(routes, deps);
}
