// The funding area's routes (issue 10): the budget page with its forms (routes.pages.tsx) and its JSON (below).
// Registered by ../index.ts.
import type { FastifyPluginAsync } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { fundingPageRoutes } from './routes.pages.js';
import { BudgetJson, presentBudget } from './present.js';
import { findServiceOr404, loadBudgetView } from './service.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 80 }) });

export const fundingRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  const { db, config } = deps;
  app.get('/api/v1/services/:slug/budget', {
    schema: { summary: 'A service\'s budget spent per year: payments of its linked procurement contracts (by payment date) plus its other spending entries, with the contracts and entries, and the grant or proposal it graduated from',
      tags: ['services'], params: SlugParams, response: { 200: BudgetJson } },
  }, async (request) => {
    const service = await findServiceOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const { budget, origin } = await loadBudgetView(db, service);
    return presentBudget(service.slug, budget, origin, config.baseUrl);
  });
  await app.register(fundingPageRoutes, deps);
};
