// The index's public API: every municipality's result for a year (JSON, and CSV with one column per pillar, streamed)
// and one municipality across years, all under the latest method version. Anyone may read them.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, notFound } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findMunicipalityPlace, findResults, listMunicipalityYears, listYearScores } from './queries.js';
import { INDEX_API, INDEX_COLUMNS, IndexJson, MunicipalityJson, presentIndexEntry, presentMunicipality } from './present.js';

const tags = ['observatory'];
// A string checked by hand, so "?year=abc" and "?year=1850" get the same clear 400 in the API's own words.
const YearQuery = Type.Object({ year: Type.Optional(Type.String({ maxLength: 10, description: 'Year of the results (default: the latest with scores)' })) });
const CutParams = Type.Object({ cut: Type.String({ maxLength: 20, description: '5-digit CUT code of the comuna' }) });
const ErrorJson = Type.Object({ error: Type.String(), message: Type.String() });

function parseYear(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}$/.test(raw) || Number(raw) < 2000 || Number(raw) > 2100) throw badRequest('observatory.pages.api.badYear');
  return Number(raw);
}

export async function pageApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function yearResults(raw: string | undefined) {
    const { results } = await findResults(db, parseYear(raw));
    if (!results) throw notFound();
    return { results, rows: await listYearScores(db, results.method.version, results.year) };
  }

  app.get(INDEX_API, {
    schema: {
      tags, summary: 'The Índice GovTech Municipal of a year: every municipality (345), score null when it has none',
      querystring: YearQuery, response: { 200: IndexJson, 400: ErrorJson, 404: ErrorJson },
    },
  }, async (request) => {
    const { results, rows } = await yearResults((request.query as Static<typeof YearQuery>).year);
    return { year: results.year, methodVersion: results.method.version, municipalities: rows.map(presentIndexEntry) };
  });

  app.get(`${INDEX_API}.csv`, {
    schema: {
      tags, summary: 'The same results as CSV (UTF-8, one column per pillar)', querystring: YearQuery,
      produces: ['text/csv'], response: { 400: ErrorJson, 404: ErrorJson },
    },
  }, async (request, reply) => {
    const { results, rows } = await yearResults((request.query as Static<typeof YearQuery>).year);
    return sendCsv(reply, 'csv', `indice-govtech-municipal-${results.year}-v${results.method.version}`, INDEX_COLUMNS,
      (async function* () { for (const row of rows) yield presentIndexEntry(row); })());
  });

  app.get('/api/v1/observatory/municipalities/:cut', {
    schema: { tags, summary: 'One municipality\'s results across years (latest method version)', params: CutParams, response: { 200: MunicipalityJson, 404: ErrorJson } },
  }, async (request) => {
    const { cut } = request.params as Static<typeof CutParams>;
    const place = /^\d{5}$/.test(cut) ? await findMunicipalityPlace(db, cut) : null;
    if (!place) throw notFound();
    const { method } = await findResults(db);
    return presentMunicipality(place, method?.version ?? 0, method ? await listMunicipalityYears(db, method.version, cut) : []);
  });
}
