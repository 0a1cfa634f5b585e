// The programme area's routes (issue 10 point 4), registered by ../index.ts: the page and its CSV
// (routes.web.tsx) and the JSON API (routes.api.ts). All public: the programme's figures are counts of public records.
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { programmeWebRoutes } from './routes.web.js';
import { programmeApiRoutes } from './routes.api.js';

export const programmeRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  await app.register(programmeWebRoutes, deps);
  await app.register(programmeApiRoutes, deps);
};
