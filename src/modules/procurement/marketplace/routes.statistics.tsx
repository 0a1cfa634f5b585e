// Statistics: /compras/estadisticas (by region or institution; .csv the same rows and the total) and
// /instituciones/{slug}/compras/estadisticas (.csv: one row per year), and GET /api/v1/procurement/statistics. Public.
// Every page reads at most three aggregates (rows, total, years); nothing loads the awards themselves.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { findStatistics, findStatisticsTotal, listStatisticsYears, type StatisticsRow } from './statistics.js';
import { STATISTICS_COLUMNS, StatisticsRowJson, presentStatistics } from './present.js';
import { OverviewStatisticsPage, InstitutionStatisticsPage, type OverviewGrouping } from './views/statistics-pages.js';
import { STATISTICS_PATH } from './views/parts.js';

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const ChoiceQuery = { anio: Type.Optional(Year), pendientes: Type.Optional(Type.Literal('1')) };
const OverviewQuery = Type.Object({ ...ChoiceQuery, por: Type.Optional(Type.Union([Type.Literal('region'), Type.Literal('institucion')])) });
const InstitutionQuery = Type.Object(ChoiceQuery);
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const ApiQuery = Type.Object({
  groupBy: Type.Optional(Type.Union([Type.Literal('region'), Type.Literal('institution')], { default: 'region' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'The year bids closed (Santiago time); every year when absent' })),
  includePending: Type.Optional(Type.Boolean({ default: false, description: 'Add awards still in their standstill period to the active ones' })),
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Only this institution (slug or CUT code)' })),
});
const ApiResponse = Type.Object({
  groupBy: Type.String(), year: Type.Union([Type.Integer(), Type.Null()]), includePending: Type.Boolean(),
  groups: Type.Array(StatisticsRowJson), total: Type.Union([StatisticsRowJson, Type.Null()]),
});

const currentYear = () => Number(toSantiagoDate(new Date()).slice(0, 4));
const choiceOf = (q: Static<typeof InstitutionQuery>) => ({ year: q.anio ?? null, pending: q.pendientes === '1' });
const groupingOf = (por: string | undefined): OverviewGrouping => (por === 'institucion' ? 'institution' : 'region');

async function* presented(rows: StatisticsRow[], total: StatisticsRow | null) {
  for (const row of rows) yield presentStatistics(row);
  if (total) yield { ...presentStatistics(total), key: 'total', name: 'Total' };
}

export async function marketplaceStatisticsRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const overview = (q: Static<typeof OverviewQuery>) => {
    const scope = { year: q.anio ?? null, includePending: q.pendientes === '1' };
    return Promise.all([findStatistics(db, { ...scope, groupBy: groupingOf(q.por) }), findStatisticsTotal(db, scope)]);
  };

  app.get(STATISTICS_PATH, { schema: { hide: true, querystring: OverviewQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof OverviewQuery>;
    const [[rows, total], years] = await Promise.all([overview(q), listStatisticsYears(db, null, currentYear())]);
    return reply.html(<OverviewStatisticsPage ctx={request.view()} groupBy={groupingOf(q.por)} choice={choiceOf(q)} years={years} rows={rows} total={total} />);
  });

  app.get(`${STATISTICS_PATH}.csv`, { schema: { hide: true, querystring: OverviewQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof OverviewQuery>;
    const [rows, total] = await overview(q);
    return sendCsv(reply, 'csv', `compras-estadisticas-${groupingOf(q.por)}-${q.anio ?? 'todos'}`, STATISTICS_COLUMNS, presented(rows, total));
  });

  app.get('/instituciones/:slug/compras/estadisticas', { schema: { hide: true, params: SlugParams, querystring: InstitutionQuery } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const choice = choiceOf(request.query as Static<typeof InstitutionQuery>);
    const scope = { institutionId: institution.id, includePending: choice.pending };
    const [row, byYear, years] = await Promise.all([
      findStatisticsTotal(db, { ...scope, year: choice.year }),
      findStatistics(db, { ...scope, year: null, groupBy: 'year' }),
      listStatisticsYears(db, institution.id, currentYear()),
    ]);
    return reply.html(<InstitutionStatisticsPage ctx={request.view()} institution={institution} choice={choice} years={years} row={row} byYear={byYear} />);
  });

  app.get('/instituciones/:slug/compras/estadisticas.csv', { schema: { hide: true, params: SlugParams, querystring: InstitutionQuery } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const rows = await findStatistics(db, { institutionId: institution.id, year: null, groupBy: 'year', includePending: choiceOf(request.query as Static<typeof InstitutionQuery>).pending });
    return sendCsv(reply, 'csv', `compras-estadisticas-${institution.slug}`, STATISTICS_COLUMNS, presented(rows, null));
  });

  app.get('/api/v1/procurement/statistics', {
    schema: { summary: 'Shares of the awarded amount going to SMEs, cooperatives, associations, joint ventures and local suppliers, and bidders per lot, by region or institution (buyer), for a year or all',
      tags: ['procurement'], querystring: ApiQuery, response: { 200: ApiResponse } },
  }, async (request) => {
    const q = request.query as Static<typeof ApiQuery>;
    const institutionId = q.institution ? (await findInstitutionOr404(db, q.institution)).id : undefined;
    const scope = { year: q.year ?? null, includePending: q.includePending ?? false, institutionId };
    const groupBy = q.groupBy ?? 'region';
    const [groups, total] = await Promise.all([findStatistics(db, { ...scope, groupBy }), findStatisticsTotal(db, scope)]);
    return { groupBy, year: scope.year, includePending: scope.includePending, groups: groups.map(presentStatistics), total: total && presentStatistics(total) };
  });
}
