// The catalogue's public pages and metadata exports: /datos and /instituciones/{slug}/datos (search, facets, cursor
// pages, ?format=csv|json streams the list), /datos/{name} (and .jsonld: DCAT-AP), /datos/{name}/datapackage.json,
// and /catalogo.jsonld (the whole catalogue in DCAT-AP, paged with Hydra by cursor).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { decodeCursor, PageQuery } from '../../../core/http/pagination.js';
import { facetDatasets } from './queries.js';
import { listModuleDatasets } from './sources.js';
import { entryOf, filterOf, findPage, streamDatasets, type FilterQuery } from './service.js';
import { canManageDatasets } from './policy.js';
import { dcatCatalog, dcatDocument } from './dcat.js';
import { dataPackage } from './datapackage.js';
import { FORMAT_CODES, THEMES } from './vocabularies.js';
import { CataloguePage } from './views/catalogue-page.js';
import { DatasetPage } from './views/dataset-page.js';
import type { ManageState } from './views/manage-forms.js';
import type { CatalogueEntry } from './entries.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const optionalLiteral = (values: readonly string[]) => Type.Optional(Type.Union([...values.map((v) => Type.Literal(v)), Type.Literal('')]));
const Filters = {
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words: Spanish stemming, accents ignored' })),
  tema: optionalLiteral(THEMES), formato: optionalLiteral(FORMAT_CODES),
  institucion: Type.Optional(Type.String({ maxLength: 100, description: 'Institution slug or CUT code' })),
};
const ListQuery = Type.Composite([PageQuery, Type.Object({ ...Filters, format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])), lang: Type.Optional(Type.String()) })]);
type ListQueryT = Static<typeof ListQuery>;
export const NAME = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 110 });
export const NameParams = Type.Object({ name: NAME });
const PageParams = Type.Object({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*(\\.jsonld)?$', maxLength: 120 }) });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const PAGE_SIZE = 24;
const CATALOG_PAGE = 100;
const JSONLD = 'application/ld+json; charset=utf-8';

/** A dataset's page, with one of the officials' forms re-rendered with its errors (422) when given. */
export function renderDatasetPage(request: FastifyRequest, reply: FastifyReply, e: CatalogueEntry, manage?: ManageState, status = 200) {
  return reply.html(<DatasetPage ctx={request.view()} e={e} canManage={canManageDatasets(request.actor, e.institution.id)} manage={manage} />, status);
}

export async function cataloguePageRoutes(app: FastifyInstance, { db, config, datasetSources }: ModuleDeps) {
  const base = config.baseUrl;

  const list = async (request: FastifyRequest, reply: FastifyReply, q: ListQueryT, institution?: { id: number; slug: string; name: string }) => {
    const filter = { ...(await filterOf(db, q as FilterQuery)), ...(institution ? { institutionId: institution.id } : {}) };
    if (q.format) return streamDatasets(db, datasetSources, reply, filter, q.format, institution ? `datos-${institution.slug}` : 'datos');
    const listed = await listModuleDatasets(db, datasetSources);
    const [page, facets] = await Promise.all([findPage(db, listed, filter, { after: decodeCursor(q.cursor), limit: PAGE_SIZE }), facetDatasets(db, listed, filter)]);
    return reply.html(<CataloguePage ctx={request.view()} query={q as FilterQuery & { cursor?: string }} facets={facets} entries={page.entries} next={page.next}
      institution={institution} canPublish={!!institution && canManageDatasets(request.actor, institution.id)} />);
  };

  app.get('/datos', { schema: { hide: true, querystring: ListQuery } }, async (request, reply) => list(request, reply, request.query as ListQueryT));

  app.get('/instituciones/:slug/datos', { schema: { hide: true, params: SlugParams, querystring: ListQuery } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    return list(request, reply, { ...(request.query as ListQueryT), institucion: undefined }, institution);
  });

  // The DCAT-AP and Data Package documents live at the addresses harvesters follow, outside /api, so they stay out of
  // the OpenAPI document (which lists /api only); the JSON API's /api/v1/transparency/datasets describes the same data.
  app.get('/datos/:name', { schema: { hide: true, summary: 'A dataset\'s page; with the .jsonld suffix, its DCAT-AP record as JSON-LD', tags: ['transparency'], params: PageParams } },
    async (request, reply) => {
      const { name } = request.params as Static<typeof PageParams>;
      if (!name.endsWith('.jsonld')) return renderDatasetPage(request, reply, await entryOf(db, datasetSources, name));
      return reply.type(JSONLD).send(dcatDocument(base, await entryOf(db, datasetSources, name.slice(0, -'.jsonld'.length))));
    });

  app.get('/datos/:name/datapackage.json', { schema: { hide: true, summary: 'A dataset as a Frictionless Data Package (its resources with path, format, media type and, for CSV, the Table Schema)',
    tags: ['transparency'], params: NameParams } }, async (request, reply) =>
    reply.type('application/json; charset=utf-8').send(dataPackage(base, await entryOf(db, datasetSources, (request.params as Static<typeof NameParams>).name))));

  const CatalogQuery = Type.Object({ cursor: PageQuery.properties.cursor });
  app.get('/catalogo.jsonld', { schema: { hide: true, summary: 'The catalogue in DCAT-AP (JSON-LD), 100 datasets a page, paged by hydra:next', tags: ['transparency'], querystring: CatalogQuery } },
    async (request, reply) => {
      const { cursor } = request.query as Static<typeof CatalogQuery>;
      const listed = await listModuleDatasets(db, datasetSources);
      const [page, facets] = await Promise.all([findPage(db, listed, {}, { after: decodeCursor(cursor), limit: CATALOG_PAGE }), facetDatasets(db, listed, {})]);
      const url = (c: string | null | undefined) => (c ? `/catalogo.jsonld?cursor=${c}` : '/catalogo.jsonld');
      return reply.type(JSONLD).send(dcatCatalog(base, { url: url(cursor), first: url(null), next: page.next ? url(page.next) : null, total: facets.total }, page.entries));
    });
}
