// CONTRACT STUB: the pages area registers its API and web routes here.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function pageRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
