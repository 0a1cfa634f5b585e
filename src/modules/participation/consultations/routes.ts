// Routes of participation's consultations: the JSON API (/api/v1/participation/…) and the pages (/participacion/…).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { consultationApiRoutes } from './routes.api.js';
import { consultationWebRoutes } from './routes.web.js';
import { consultationNewRoutes } from './routes.new.js';

export async function consultationRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await consultationApiRoutes(app, deps);
  await consultationWebRoutes(app, deps);
  await consultationNewRoutes(app, deps);
}
