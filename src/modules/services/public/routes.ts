// The public area's routes (issue 10), registered by ../index.ts: the registry and the service page (HTML), the
// exports (CSV, JSON, Atom) and the read API. Every one is a public read: anyone may see them, signed in or not.
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';
import { publicPageRoutes } from './routes.pages.js';
import { publicApiRoutes } from './routes.api.js';

export const publicRoutes: FastifyPluginAsync<ModuleDeps> = async (app, deps) => {
  await publicPageRoutes(app, deps);
  await publicApiRoutes(app, deps);
};
