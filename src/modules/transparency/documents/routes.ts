// Routes of the documents of information requests: pages and form posts (routes.pages.tsx), the multipart upload
// (routes.upload.tsx, encapsulated with its parser), downloads (routes.download.ts) and the officials' JSON API
// (routes.api.ts).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { documentPageRoutes } from './routes.pages.js';
import { documentUploadRoutes } from './routes.upload.js';
import { documentDownloadRoutes } from './routes.download.js';
import { documentApiRoutes } from './routes.api.js';

export async function documentRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [documentPageRoutes, documentUploadRoutes, documentDownloadRoutes, documentApiRoutes]) await app.register(routes, deps);
}
