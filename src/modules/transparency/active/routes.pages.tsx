// Public pages of active transparency, working without JavaScript: the institution's categories with their status,
// one category's table for a period (?periodo=YYYY-MM, the current one by default; ?format=csv|json streams that
// period whole) and the category's Table Schema as JSON.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import { PageQuery } from '../../../core/http/pagination.js';
import { findUpdate, listPeriods, streamRows } from './queries.js';
import { categoryOf, listCategoryStatuses, readRowsPage } from './service.js';
import { activePath, categoryPath, schemaPath } from './present.js';
import { PERIOD_PATTERN } from './schedule.js';
import { toTableSchema } from './table-schema.js';
import { ActiveIndexPage } from './views/index-page.js';
import { ActiveCategoryPage } from './views/category-page.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const CategoryParams = Type.Object({ slug: Type.String({ maxLength: 100 }), category: Type.String({ maxLength: 60 }) });
const CategoryQuery = Type.Composite([Type.Omit(PageQuery, ['limit']), Type.Object({
  periodo: Type.Optional(Type.String({ pattern: PERIOD_PATTERN })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
})]);
const PAGE_SIZE = 50;

export async function activePageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(activePath(':slug'), { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    return reply.html(<ActiveIndexPage ctx={request.view()} institution={institution} categories={await listCategoryStatuses(db, institution)} />);
  });

  app.get(categoryPath(':slug', ':category'), { schema: { hide: true, params: CategoryParams, querystring: CategoryQuery } }, async (request, reply) => {
    const params = request.params as Static<typeof CategoryParams>;
    const q = request.query as Static<typeof CategoryQuery>;
    const institution = await findInstitutionOr404(db, params.slug);
    const category = categoryOf(params.category);
    const current = await findUpdate(db, institution.id, category.key);
    const update = q.periodo ? await findUpdate(db, institution.id, category.key, q.periodo) : current;
    if (q.periodo && !update) throw notFound();
    if (q.format) {
      if (!update) throw notFound();
      // An update never changes once published: its id is the download's validator, so a phone on a weak connection
      // that already has the file gets a 304 instead of the table again.
      const etag = `"active-${update.id}-${q.format}"`;
      reply.header('ETag', etag).header('Cache-Control', 'public, no-cache').header('Last-Modified', update.publishedAt.toUTCString());
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      async function* rows() { for await (const data of streamRows(db, update!.id)) yield Object.fromEntries(category.fields.map((f) => [f.name, data[f.name] ?? null])); }
      return sendCsv(reply, q.format, `${category.key}-${institution.slug}-${update.period}`, category.fields.map((f) => f.name), rows());
    }
    const page = update ? await readRowsPage(db, update.id, q.cursor, PAGE_SIZE) : { items: [], next: null };
    return reply.html(<ActiveCategoryPage ctx={request.view()} institution={institution} category={category} update={update}
      isCurrent={update?.id === current?.id} periods={update ? await listPeriods(db, institution.id, category.key) : []}
      rows={page.items} next={page.next} firstPage={!q.cursor} />);
  });

  app.get(schemaPath(':slug', ':category'), { schema: { hide: true, params: CategoryParams } }, async (request, reply) => {
    const params = request.params as Static<typeof CategoryParams>;
    await findInstitutionOr404(db, params.slug);
    return reply.type('application/json; charset=utf-8').send(toTableSchema(categoryOf(params.category).fields, request.locale));
  });
}
