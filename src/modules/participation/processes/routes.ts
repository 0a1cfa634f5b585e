// Routes of participation's processes: the JSON API (/api/v1/participation/…) and the pages (/participacion/…).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function processRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
