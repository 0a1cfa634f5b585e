// The funding area's routes (issue 10): registered by ../index.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export const fundingRoutes: FastifyPluginAsync<ModuleDeps> = async () => {};
