// Routes of participation's debate: the JSON API (routes.api.ts) and the pages (routes.pages.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { debateApiRoutes } from './routes.api.js';
import { debatePageRoutes } from './routes.pages.js';

export async function debateRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(debateApiRoutes, deps);
  await app.register(debatePageRoutes, deps);
}
