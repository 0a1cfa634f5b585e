// GET /api/v1/services (the registry, filtered as /servicios, in its order, by cursor) and GET /api/v1/services/{slug}:
// public reads, shaped by present.ts after beta.gouv.fr's registry (api/v2.5/startups.json), mapping in the README.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { decodeCursor, encodeCursor } from '../../../core/http/pagination.js';
import { findRegistryRow, listRegistry } from './registry.js';
import { ApiFilterQuery, filterOfApi } from './filters.js';
import { ServiceJson, presentService } from './present.js';

const tags = ['services'];
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

export async function publicApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/services', {
    schema: {
      summary: 'The registry of digital public services: most Transparencia items published first, then the latest phase change; filtered as /servicios, by cursor',
      description: 'Fields follow beta.gouv.fr\'s registry of startups (api/v2.5/startups.json) in spirit, under English camelCase names: each field\'s description names its beta.gouv.fr counterpart. /servicios?format=json and /servicios.csv export the whole filtered list.',
      tags, querystring: ApiFilterQuery,
      response: { 200: Type.Object({ items: Type.Array(ServiceJson), next: Type.Union([Type.String(), Type.Null()]) }) },
    },
  }, async (request) => {
    const q = request.query as ApiFilterQuery;
    const { rows, next } = await listRegistry(db, filterOfApi(q), decodeCursor(q.cursor), q.limit ?? 50);
    return { items: rows.map(presentService), next: next && encodeCursor(next) };
  });

  app.get('/api/v1/services/:slug', {
    schema: { summary: 'One digital public service: phases with start and end, incubator, sponsors, lead and team, links, Transparencia box', tags, params: SlugParams,
      response: { 200: ServiceJson } },
  }, async (request) => {
    const row = await findRegistryRow(db, (request.params as Static<typeof SlugParams>).slug);
    if (!row) throw notFound();
    return presentService(row);
  });
}
