// Routes of participation's oversight area (being built; the area's engineer replaces this header).
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../core/module.js';

export async function oversightRoutes(_app: FastifyInstance, _deps: ModuleDeps) {}
