// Routes of participation's notifications: the JSON API (/api/v1/participation/…) and the pages (/participacion/…).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function notificationRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
