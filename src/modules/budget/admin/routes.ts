// The budget module's administration: the officials' upload with its job pages (per institution), and the two
// installation-wide reference tables, technology rules and deflators (public pages, edited by those policy.ts allows).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import { importRoutes } from './imports/routes.js';
import { technologyRuleRoutes } from './technology/routes.js';
import { deflatorRoutes } from './deflators/routes.js';

export async function budgetAdminRoutes(app: FastifyInstance, deps: { db: Db }) {
  await app.register(importRoutes, deps);
  await app.register(technologyRuleRoutes, deps);
  await app.register(deflatorRoutes, deps);
}
