// The methodology area's routes: the public method, its versions, the preview for officials, publishing for
// stewards, the sensitivity page, and their API.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { methodologyApiRoutes } from './routes.api.js';
import { methodologyPageRoutes } from './routes.pages.js';
import { sensitivityPageRoutes } from './routes.sensitivity.js';

export async function methodologyRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await methodologyApiRoutes(app, deps);
  await methodologyPageRoutes(app, deps);
  await sensitivityPageRoutes(app, deps);
}
