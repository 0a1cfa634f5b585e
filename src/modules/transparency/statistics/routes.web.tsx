// The statistics pages and their CSV: per institution (/instituciones/{slug}/transparencia/estadisticas, .csv with
// every year) and installation-wide (/transparencia/estadisticas, .csv with the year's row per institution). Public.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../core/db/client.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { findYearFigures, listStatisticsYears } from './queries.js';
import { findOverviewFigures, iterateInstitutionYears, todayInChile, type NamedFigures } from './figures.js';
import { presentStatistics, STATISTICS_COLUMNS } from './present.js';
import { InstitutionStatisticsPage } from './views/institution-page.js';
import { OverviewStatisticsPage } from './views/overview-page.js';
import { OVERVIEW_PATH } from './views/parts.js';

const RefParams = Type.Object({ ref: Type.String({ maxLength: 100 }) });
const YearQuery = Type.Object({ anio: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) });

async function* presented(rows: AsyncIterable<NamedFigures> | NamedFigures[]) {
  for await (const row of rows) yield presentStatistics(row, row);
}

export async function statisticsWebRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get('/instituciones/:ref/transparencia/estadisticas', { schema: { hide: true, params: RefParams, querystring: YearQuery } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof RefParams>).ref);
    const today = todayInChile();
    const year = (request.query as Static<typeof YearQuery>).anio ?? Number(today.slice(0, 4));
    const [figures] = await findYearFigures(db, { year, institutionIds: [institution.id], today });
    const years = await listStatisticsYears(db, institution.id, today);
    return reply.html(<InstitutionStatisticsPage ctx={request.view()} institution={institution} year={year} years={years} figures={figures ?? null} />);
  });

  app.get('/instituciones/:ref/transparencia/estadisticas.csv', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof RefParams>).ref);
    return sendCsv(reply, 'csv', `transparencia-estadisticas-${institution.slug}`, STATISTICS_COLUMNS, presented(iterateInstitutionYears(db, institution)));
  });

  app.get(OVERVIEW_PATH, { schema: { hide: true, querystring: YearQuery } }, async (request, reply) => {
    const today = todayInChile();
    const year = (request.query as Static<typeof YearQuery>).anio ?? Number(today.slice(0, 4));
    const rows = await findOverviewFigures(db, year, today);
    return reply.html(<OverviewStatisticsPage ctx={request.view()} year={year} years={await listStatisticsYears(db, null, today)} rows={rows} />);
  });

  app.get(`${OVERVIEW_PATH}.csv`, { schema: { hide: true, querystring: YearQuery } }, async (request, reply) => {
    const year = (request.query as Static<typeof YearQuery>).anio ?? Number(todayInChile().slice(0, 4));
    return sendCsv(reply, 'csv', `transparencia-estadisticas-${year}`, STATISTICS_COLUMNS, presented(await findOverviewFigures(db, year)));
  });
}
