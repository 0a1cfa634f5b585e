// Institutions: the searchable list (HTML, JSON, CSV) and a page per institution, by slug or CUT code.
import type { LivePages } from '../module.js';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../db/client.js';
import { decodeCursor, pageOf, PageQuery } from '../http/pagination.js';
import { notFound } from '../http/errors.js';
import { sendCsv } from '../http/csv.js';
import { findInstitution, listInstitutions, type InstitutionRow } from './queries.js';
import { InstitutionDetailJson, InstitutionJson, presentInstitution, presentInstitutionDetail } from './present.js';
import { INSTITUTION_KINDS } from './schema.js';
import { InstitutionListPage, InstitutionPage } from './views.js';
import { hasClaveUnica } from '../identity/claveunica/client-config.js';

const ListQuery = Type.Composite([PageQuery, Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search by institution or comuna name (accents optional)' })),
  kind: Type.Optional(Type.Union(INSTITUTION_KINDS.map((k) => Type.Literal(k)))),
  region: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: '2-digit region CUT' })),
  format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('json'), Type.Literal('csv')])),
  lang: Type.Optional(Type.String()),
})]);
type ListQuery = Static<typeof ListQuery>;
const RefParams = Type.Object({ ref: Type.String({ maxLength: 100, description: 'Slug, 5-digit comuna CUT or 2-digit region CUT' }) });

async function page(db: Db, q: ListQuery) {
  const after = decodeCursor(q.cursor) as [string, number] | null;
  const limit = q.limit ?? 50;
  const rows = await listInstitutions(db, { q: q.q?.trim() || undefined, kind: q.kind, region: q.region, after, limit });
  return pageOf(rows, limit, (r) => [r.sortKey, r.id]);
}

export async function institutionRoutes(app: FastifyInstance, { db, livePages }: { db: Db; livePages: LivePages }) {
  app.get('/api/v1/institutions', {
    schema: {
      summary: 'List institutions (municipalities, regional governments, national bodies)', tags: ['institutions'],
      querystring: ListQuery,
      response: { 200: Type.Object({ items: Type.Array(InstitutionJson), next: Type.Union([Type.String(), Type.Null()]) }) },
    },
  }, async (request) => {
    const { items, next } = await page(db, request.query as ListQuery);
    return { items: items.map(presentInstitution), next };
  });

  app.get('/api/v1/institutions/:ref', {
    schema: { summary: 'One institution, by slug or CUT code', tags: ['institutions'], params: RefParams, response: { 200: InstitutionDetailJson } },
  }, async (request) => {
    const row = await findInstitution(db, (request.params as Static<typeof RefParams>).ref);
    if (!row) throw notFound();
    return presentInstitutionDetail(row);
  });

  app.get('/instituciones', { schema: { hide: true, querystring: ListQuery } }, async (request, reply) => {
    const q = request.query as ListQuery;
    if (q.format === 'csv' || q.format === 'json') return exportAll(db, q, reply);
    const { items, next } = await page(db, q);
    return reply.html(<InstitutionListPage ctx={request.view()} query={q} items={items} next={next} />);
  });

  app.get('/instituciones/:ref', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const row = await findInstitution(db, (request.params as Static<typeof RefParams>).ref);
    if (!row) throw notFound();
    return reply.html(<InstitutionPage ctx={request.view()} institution={row} claveunica={await hasClaveUnica(db, row.id)} livePages={livePages} />);
  });
}

/** The whole filtered list, page by page from the database, streamed out (never the whole result in memory). */
async function exportAll(db: Db, q: ListQuery, reply: import('fastify').FastifyReply) {
  async function* rows() {
    let after: [string, number] | null = null;
    for (;;) {
      const batch: InstitutionRow[] = await listInstitutions(db, { q: q.q?.trim() || undefined, kind: q.kind, region: q.region, after, limit: 500 });
      for (const r of batch.slice(0, 500)) yield presentInstitution(r);
      if (batch.length <= 500) return;
      after = [batch[499].sortKey, batch[499].id];
    }
  }
  return sendCsv(reply, q.format as 'csv' | 'json', 'instituciones', ['slug', 'name', 'kind', 'cut', 'region.code', 'region.name', 'url'], rows());
}
