// The reviews area's routes (issue 10): the JSON API (routes.api.ts) and the pages (routes.pages.tsx).
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { reviewsApiRoutes } from './routes.api.js';
import { reviewsPageRoutes } from './routes.pages.js';

export const reviewsRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  await app.register(reviewsApiRoutes, deps);
  await app.register(reviewsPageRoutes, deps);
};
