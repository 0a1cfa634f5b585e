// Routes of participation's accountability area: commitments (compromisos) and open-government action plans, as a
// JSON API (routes.api.ts) and pages that work without JavaScript (routes.pages.tsx, routes.plans.tsx), and uploaded evidence documents (routes.documents.tsx).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { commitmentApiRoutes } from './routes.api.js';
import { commitmentPageRoutes } from './routes.pages.js';
import { planPageRoutes } from './routes.plans.js';
import { commitmentDocumentRoutes } from './routes.documents.js';

export async function commitmentRoutes(app: FastifyInstance, deps: ModuleDeps) {
  for (const routes of [commitmentApiRoutes, commitmentPageRoutes, planPageRoutes, commitmentDocumentRoutes]) await app.register(routes, deps);
}
