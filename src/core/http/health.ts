// GET /healthz: 200 once the database is reachable and fully migrated, 503 otherwise (for load balancers).
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.js';
import { isMigrated } from '../db/migrate.js';

export async function healthRoutes(app: FastifyInstance, { database }: { database: Database }) {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const ok = await Promise.race([
      database.ping().then(() => isMigrated(database)).catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(resolve, 2000, false).unref()),
    ]);
    return reply.code(ok ? 200 : 503).header('cache-control', 'no-store').send({ status: ok ? 'ok' : 'unavailable' });
  });
}
