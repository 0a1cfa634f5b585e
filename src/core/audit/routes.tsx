// /auditoria: the public audit log, with filters, as HTML, JSON and CSV.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client.js';

export async function auditRoutes(app: FastifyInstance, deps: { db: Db }) {
  void app; void deps;
}
