// The registry area's routes (issue 10): registered by ../index.ts. Its pages (register and edit a service, its
// phases, the incubators) and its API (writes, and the incubators' list).
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { servicePageRoutes } from './routes.services.js';
import { phasePageRoutes } from './routes.phases.js';
import { incubatorPageRoutes } from './routes.incubators.js';
import { registryApiRoutes } from './routes.api.js';

export const registryRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  for (const routes of [servicePageRoutes, phasePageRoutes, incubatorPageRoutes, registryApiRoutes]) await app.register(routes, deps);
};
