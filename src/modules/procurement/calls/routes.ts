// The calls area's routes: the JSON API, the pages and their steps, and the UTM table.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { callApiRoutes } from './routes.api.js';
import { callPageRoutes } from './routes.pages.js';
import { callStepRoutes } from './routes.steps.js';
import { utmRoutes } from './routes.utm.js';

export async function callRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await callApiRoutes(app, deps);
  await callPageRoutes(app, deps);
  await callStepRoutes(app, deps);
  await utmRoutes(app, deps);
}
