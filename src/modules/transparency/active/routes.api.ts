// /api/v1/transparency/active/{slug}[/{category}]: public reads of active transparency (Ley 20.285 art. 7: "a
// disposición permanente del público"): every category's status, and one category's rows for a period (?period=,
// the current one by default) by cursor.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { PageQuery } from '../../../core/http/pagination.js';
import { findUpdate, listPeriods } from './queries.js';
import { categoryOf, listCategoryStatuses, readRowsPage } from './service.js';
import { CategoryStatusJson, CategoryTableJson, presentCategoryTable } from './present.js';
import { PERIOD_PATTERN } from './schedule.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const tags = ['transparency'];
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100, description: 'Institution slug or CUT code' }) });
const CategoryParams = Type.Object({ slug: SlugParams.properties.slug, category: Type.String({ maxLength: 60, description: 'Category key, e.g. personal' }) });
const TableQuery = Type.Composite([PageQuery, Type.Object({ period: Type.Optional(Type.String({ pattern: PERIOD_PATTERN, description: 'YYYY-MM; the current period when absent' })) })]);

export async function activeApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/transparency/active/:slug', {
    schema: { summary: 'An institution\'s active-transparency categories (Ley 20.285 art. 7) with their current period, last update and whether the monthly update is late',
      tags, params: SlugParams, response: { 200: Type.Array(CategoryStatusJson) } },
  }, async (request) => listCategoryStatuses(db, await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug)));

  app.get('/api/v1/transparency/active/:slug/:category', {
    schema: { summary: 'One category\'s table for a period (the current one by default), by cursor, with the periods published; the Table Schema is at schemaUrl',
      tags, params: CategoryParams, querystring: TableQuery, response: { 200: CategoryTableJson } },
  }, async (request) => {
    const params = request.params as Static<typeof CategoryParams>;
    const q = request.query as Static<typeof TableQuery>;
    const institution = await findInstitutionOr404(db, params.slug);
    const category = categoryOf(params.category);
    const update = await findUpdate(db, institution.id, category.key, q.period);
    if (q.period && !update) throw notFound();
    const page = update ? await readRowsPage(db, update.id, q.cursor, q.limit ?? 50) : { items: [], next: null };
    return presentCategoryTable(institution, category, update, await listPeriods(db, institution.id, category.key), page.items, page.next);
  });
}
