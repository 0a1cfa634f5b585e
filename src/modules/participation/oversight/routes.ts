// Routes of participation's citizen oversight body (órgano contralor ciudadano): the JSON API (routes.api.ts) and the
// pages that work without JavaScript (routes.pages.tsx, routes.forms.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { oversightApiRoutes } from './routes.api.js';
import { oversightPageRoutes } from './routes.pages.js';
import { oversightFormRoutes } from './routes.forms.js';

export async function oversightRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [oversightApiRoutes, oversightPageRoutes, oversightFormRoutes]) await app.register(routes, deps);
}
