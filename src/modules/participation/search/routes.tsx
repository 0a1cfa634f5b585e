// Routes of participation's search: GET /api/v1/participation/search (JSON) and the page /participacion/buscar.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Db } from '../../../core/db/client.js';
import { badRequest } from '../../../core/http/errors.js';
import { decodeCursor, pageOf, PageQuery } from '../../../core/http/pagination.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { search, SEARCH_TYPES, type SearchFilter, type SearchType } from './queries.js';
import { presentHit, SearchHitJson } from './present.js';
import { SearchPage } from './views.js';

const Filters = {
  type: Type.Optional(Type.Union(SEARCH_TYPES.map((t) => Type.Literal(t)))),
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Slug or CUT code' })),
};
const ApiQuery = Type.Composite([PageQuery, Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200, description: 'Words as typed in a search box: Spanish stemming, accents ignored; "quoted phrase", -excluded, or' }),
  ...Filters,
})]);
const PageQueryString = Type.Composite([PageQuery, Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })), lang: Type.Optional(Type.String()), ...Filters,
  // The page's type select sends "" for "everything".
  type: Type.Optional(Type.Union([...SEARCH_TYPES.map((t) => Type.Literal(t)), Type.Literal('')])),
})]);
export type SearchPageQuery = Static<typeof PageQueryString>;
const PAGE = 20;

async function run(db: Db, q: { q: string; type?: SearchType | ''; institution?: string; cursor?: string }, limit: number) {
  const institution = q.institution ? await findInstitution(db, q.institution) : null;
  if (q.institution && !institution) throw badRequest('participation.search.unknownInstitution', { ref: q.institution });
  const filter: SearchFilter = { q: q.q, type: q.type || undefined, institutionId: institution?.id, after: decodeCursor(q.cursor) as SearchFilter['after'], limit };
  return pageOf(await search(db, filter), limit, (r) => [r.rank, r.type, Number(r.id)]);
}

export async function searchRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/participation/search', {
    schema: { summary: 'Full-text search in Spanish across processes, proposals and comments, best match first', tags: ['participation'], querystring: ApiQuery,
      response: { 200: Type.Object({ items: Type.Array(SearchHitJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request) => {
    const q = request.query as Static<typeof ApiQuery>;
    const { items, next } = await run(db, q, q.limit ?? PAGE);
    return { items: items.map(presentHit), next };
  });

  app.get('/participacion/buscar', { schema: { hide: true, querystring: PageQueryString } }, async (request, reply) => {
    const q = request.query as SearchPageQuery;
    const words = q.q?.trim();
    const page = words ? await run(db, { ...q, q: words }, PAGE) : null;
    return reply.html(<SearchPage ctx={request.view()} query={q} hits={page?.items.map(presentHit) ?? null} next={page?.next ?? null} />);
  });
}
