// The observatory's public results: the pages (routes.pages.tsx) and the index API (routes.api.ts).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { pageApiRoutes } from './routes.api.js';
import { pagePageRoutes } from './routes.pages.js';

export async function pageRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await pageApiRoutes(app, deps);
  await pagePageRoutes(app, deps);
}
