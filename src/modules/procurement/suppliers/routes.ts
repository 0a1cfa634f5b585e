// Routes of procurement's suppliers area: the JSON API (routes.api.ts), the directory, registration, profile and edit
// pages (routes.pages.tsx) and the representatives' private page (routes.representatives.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { supplierApiRoutes } from './routes.api.js';
import { supplierPageRoutes } from './routes.pages.js';
import { supplierRepresentativeRoutes } from './routes.representatives.js';

export async function supplierRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [supplierApiRoutes, supplierPageRoutes, supplierRepresentativeRoutes]) await app.register(routes, deps);
}
