// Routes of participation's proposals: the JSON API (/api/v1/participation/…) and the pages (/participacion/…).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function proposalRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
