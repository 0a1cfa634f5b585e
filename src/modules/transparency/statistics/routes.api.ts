// GET /api/v1/transparency/statistics — the statistics as JSON: one institution's years (?institution=slug), or every
// institution's row for a year (?year=, this year by default), in the shape of the CSV (present.ts).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../core/db/client.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { findOverviewFigures, iterateInstitutionYears, todayInChile, type NamedFigures } from './figures.js';
import { presentStatistics, StatisticsRow } from './present.js';

const Query = Type.Object({
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Institution slug or CUT code: its years, newest first' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Year of filing (with institution: that year only)' })),
});

export async function statisticsApiRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get('/api/v1/transparency/statistics', {
    schema: {
      summary: 'Information-request statistics per institution and year of filing (Ley 20.285)', tags: ['transparency'],
      querystring: Query, response: { 200: Type.Array(StatisticsRow) },
    },
  }, async (request) => {
    const q = request.query as Static<typeof Query>;
    let rows: NamedFigures[];
    if (q.institution) {
      const institution = await findInstitutionOr404(db, q.institution);
      rows = [];
      for await (const row of iterateInstitutionYears(db, institution)) if (q.year === undefined || row.year === q.year) rows.push(row);
    } else {
      rows = await findOverviewFigures(db, q.year ?? Number(todayInChile().slice(0, 4)));
    }
    return rows.map((r) => presentStatistics(r, r));
  });
}
