// The engagement area's routes (issue 10): registered by ../index.ts. Pages only: the needs themselves are
// participation's proposals, with participation's API and exports (/api/v1/participation/proposals?process=…).
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { engagementPageRoutes } from './routes.pages.js';

export const engagementRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  await engagementPageRoutes(app, deps);
};
