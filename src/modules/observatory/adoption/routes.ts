// CONTRACT STUB: the adoption area registers its API and web routes here.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function adoptionRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
