// Routes of participation's commitments area (being built; the area's engineer replaces this header).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function commitmentRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
