// The impact area's routes (issue 10 point 2): registered by ../index.ts. The managers' pages (indicators, targets,
// a month's values), the CSV import (its own multipart parser), the public stats page, and the API.
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { managePages } from './routes.pages.js';
import { monthPages } from './routes.month.js';
import { importPages } from './routes.import.js';
import { statsPages } from './routes.stats.js';
import { impactApi } from './routes.api.js';

export const impactRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  for (const routes of [managePages, monthPages, importPages, statsPages, impactApi]) await app.register(routes, deps);
};
