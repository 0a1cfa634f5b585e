// The engagement area's routes (issue 10): registered by ../index.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export const engagementRoutes: FastifyPluginAsync<ModuleDeps> = async () => {};
