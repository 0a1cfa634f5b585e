// Routes of transparency's active-transparency area (Ley 20.285 art. 7): public pages with downloads and Table
// Schemas (routes.pages.tsx), the officials' monthly upload (routes.upload.tsx, with its own multipart parser) and the
// public JSON API (routes.api.ts) with its write twin for the institution's systems (routes.api-publish.ts).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { activeApiRoutes } from './routes.api.js';
import { activePageRoutes } from './routes.pages.js';
import { activeUploadRoutes } from './routes.upload.js';
import { activePublishApiRoutes } from './routes.api-publish.js';

export async function activeRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [activeApiRoutes, activePublishApiRoutes, activePageRoutes, activeUploadRoutes]) await app.register(routes, deps);
}
