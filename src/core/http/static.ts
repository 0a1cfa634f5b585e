// Serves public/ under content-hashed names with a one-year immutable cache.
import type { FastifyInstance } from 'fastify';
import { ASSET_FILES } from '../views/assets.js';
import { notFound } from './errors.js';

export async function staticRoutes(app: FastifyInstance) {
  app.get<{ Params: { file: string } }>('/static/:file', { schema: { hide: true } }, async (request, reply) => {
    const asset = ASSET_FILES.get(request.params.file);
    if (!asset) throw notFound();
    return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
  });
}
