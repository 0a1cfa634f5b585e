// Routes of transparency's open-data catalogue: the public pages and metadata exports (routes.pages.tsx), the JSON API (routes.api.ts), the
// officials' forms (routes.manage.tsx), uploads and downloads (routes.files.tsx) and the CKAN API (routes.ckan.ts),
// the last two each in their own context for their body parser and error handler.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { cataloguePageRoutes } from './routes.pages.js';
import { catalogueManageRoutes } from './routes.manage.js';
import { catalogueFileRoutes } from './routes.files.js';
import { catalogueCkanRoutes } from './routes.ckan.js';
import { catalogueApiRoutes } from './routes.api.js';

export async function catalogueRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [cataloguePageRoutes, catalogueApiRoutes, catalogueManageRoutes, catalogueFileRoutes, catalogueCkanRoutes]) await app.register(routes, deps);
}
