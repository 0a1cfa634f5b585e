// Routes of participation's binding votes: the JSON API (routes.api.ts) and, to come, the pages.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { participationApiRoutes } from './routes.api.js';

export async function voteRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(participationApiRoutes, deps);
}
