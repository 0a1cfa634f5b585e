// A read-only CKAN Action API (package_search, package_show) so national catalogues built on CKAN, datos.gob.cl
// among them, harvest this one with their stock harvester. Its own error handler answers in CKAN's envelope.
// (/api/3/cubes… is the budget module's Babbage API: only /api/3/action/… is ours.)
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError } from '../../../core/http/errors.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { facetDatasets } from './queries.js';
import { listModuleDatasets } from './sources.js';
import { entryOf, findPage } from './service.js';
import { ckanError, ckanOk, ckanPackage, CkanQueryError, parseFq } from './ckan.js';

const tags = ['transparency'];
const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words (Spanish stemming, accents ignored); *:* for everything' })),
  fq: Type.Optional(Type.String({ maxLength: 500, description: 'organization:<slug> groups:<theme> res_format:<format> tags:<keyword> metadata_modified:[<ISO> TO *]' })),
  sort: Type.Optional(Type.String({ maxLength: 100, description: 'Accepted for CKAN clients; results come best match first, then by title' })),
  rows: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: 10 })),
  start: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
});
const ShowQuery = Type.Object({ id: Type.String({ minLength: 1, maxLength: 120, description: 'The dataset\'s name' }) });
const Envelope = Type.Object({ help: Type.String(), success: Type.Boolean(), result: Type.Optional(Type.Unknown()), error: Type.Optional(Type.Unknown()) });

export async function catalogueCkanRoutes(app: FastifyInstance, { db, config, datasetSources }: ModuleDeps) {
  const base = config.baseUrl;

  // CKAN's errors: 404 "Not Found Error", 409 for a query or parameter it cannot accept ("Validation Error").
  app.setErrorHandler(async (error, request, reply) => {
    const action = request.routeOptions.url?.split('/').pop() ?? 'package_search';
    if (error instanceof CkanQueryError) {
      return reply.code(409).send(ckanError(base, action, 'Search Query Error', request.t('transparency.catalogue.ckan.badQuery', { clause: error.message })));
    }
    if (error instanceof HttpError && error.statusCode === 404) return reply.code(404).send(ckanError(base, action, 'Not Found Error', request.t('transparency.catalogue.ckan.notFound')));
    if ((error as { validation?: unknown }).validation || (error instanceof HttpError && error.statusCode === 400)) {
      return reply.code(409).send(ckanError(base, action, 'Validation Error', (error as Error).message));
    }
    throw error;
  });

  app.get('/api/3/action/package_search', { schema: { summary: 'CKAN package_search: datasets matching q and fq, rows at a time from start', tags, querystring: SearchQuery,
    response: { 200: Envelope } } }, async (request) => {
    const query = request.query as Static<typeof SearchQuery>;
    const fq = parseFq(query.fq);
    const institution = fq.organization ? await findInstitution(db, fq.organization) : null;
    if (fq.organization && !institution) throw new CkanQueryError(`organization:${fq.organization}`);
    const words = [query.q === '*:*' ? '' : query.q ?? '', fq.q ?? ''].join(' ').trim();
    const filter = { q: words || undefined, theme: fq.theme, format: fq.format, institutionId: institution?.id, modifiedSince: fq.modifiedSince, modifiedUntil: fq.modifiedUntil };
    const listed = await listModuleDatasets(db, datasetSources);
    const rows = query.rows ?? 10;
    const [page, facets] = await Promise.all([findPage(db, listed, filter, { offset: query.start ?? 0, limit: rows }), facetDatasets(db, listed, filter)]);
    return ckanOk(base, 'package_search', { count: facets.total, sort: 'score desc, title_string asc', facets: {}, search_facets: {},
      results: page.entries.slice(0, rows).map((e) => ckanPackage(base, e, request.t)) });
  });

  app.get('/api/3/action/package_show', { schema: { summary: 'CKAN package_show: one dataset by name', tags, querystring: ShowQuery, response: { 200: Envelope } } },
    async (request) => ckanOk(base, 'package_show', ckanPackage(base, await entryOf(db, datasetSources, (request.query as Static<typeof ShowQuery>).id), request.t)));
}
