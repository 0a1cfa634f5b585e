// Whole-cube downloads, streamed from the database (DESIGN.md convention 7): every fact, or every cell of an aggregate,
// as CSV or JSON, and the whole cube as a Fiscal Data Package. The Babbage API (routes.api.ts) pages at 10,000 rows;
// these have no page and hold one batch in memory at a time. Public and read-only, like the cubes themselves.
import { Readable } from 'node:stream';
import type { Translate } from '../../core/i18n/index.js';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../core/db/client.js';
import { badRequest, notFound } from '../../core/http/errors.js';
import { sendCsv } from '../../core/http/csv.js';
import { findDataset } from './queries.js';
import { BabbageQueryError, parseAggregateQuery, parseCuts } from './babbage/grammar.js';
import { factFields } from './babbage/present.js';
import { aggregateRows, factRows } from './downloads/rows.js';
import { fdpZip } from './fdp/export.js';

const tags = ['budget'];
const CubeParams = Type.Object({ cube: Type.String({ maxLength: 100, description: 'Cube name, e.g. dipres-2017-ley' }) });
const grammar = (description: string) => Type.Optional(Type.String({ maxLength: 2000, description }));
const cut = grammar('Babbage cut: dim:value|dim2:v1;v2 (e.g. tipo:gasto|tecnologia:true)');
const FactsQuery = Type.Object({ cut });
const AggregateQuery = Type.Object({
  cut,
  drilldown: grammar('dim|dim2 (e.g. partida|subtitulo)'),
  order: grammar('ref:desc,ref2 (e.g. inicial.sum:desc)'),
  aggregates: grammar('inicial.sum|vigente.sum|ejecutado.sum|_count (default: all)'),
});
/** What each format documents: a CSV text, or a JSON array of rows (objects nested as the CSV's dotted columns). */
const FORMATS = {
  csv: { mediaType: 'text/csv', schema: { type: 'string' } },
  json: { mediaType: 'application/json', schema: { type: 'array', items: { type: 'object', additionalProperties: true } } },
} as const;
const file = (mediaType: string, schema: object, description: string) => ({ 200: { description, content: { [mediaType]: { schema } } } });

/** The grammar's own message, wrapped in the reader's language: the client learns which part to fix. */
function parsed<T>(t: Translate, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof BabbageQueryError) throw badRequest('budget.download.badQuery', { detail: `${err.part}: ${t(err.key, err.params)}` });
    throw err;
  }
}

export async function budgetDownloadRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const datasetOf = async (cube: string) => {
    const dataset = await findDataset(db, cube);
    if (!dataset) throw notFound();
    return dataset;
  };

  for (const [format, { mediaType, schema }] of Object.entries(FORMATS) as [keyof typeof FORMATS, (typeof FORMATS)[keyof typeof FORMATS]][]) {
    app.get(`/api/v1/budget/cubes/:cube/facts.${format}`, { schema: {
      summary: `Every fact of a budget cube as ${format.toUpperCase()}, streamed`, tags, params: CubeParams, querystring: FactsQuery,
      description: 'All facts in the cut, in the order they were imported, with the columns of /api/3/cubes/{cube}/facts but no paging. Amounts are whole units (pesos, or dollars where moneda is USD).',
      response: file(mediaType, schema, `${format.toUpperCase()} file named after the cube`),
    } }, async (request, reply) => {
      const dataset = await datasetOf((request.params as Static<typeof CubeParams>).cube);
      const cuts = parsed(request.t, () => parseCuts((request.query as Static<typeof FactsQuery>).cut));
      return sendCsv(reply, format, `${dataset.cube}-facts`, factFields, factRows(db, dataset, cuts));
    });

    app.get(`/api/v1/budget/cubes/:cube/aggregate.${format}`, { schema: {
      summary: `Every cell of an aggregate of a budget cube as ${format.toUpperCase()}, streamed`, tags, params: CubeParams, querystring: AggregateQuery,
      description: 'The cells of /api/3/cubes/{cube}/aggregate for the same query, all of them. As there, sums are of pesos only unless the query cuts or drills down by moneda.',
      response: file(mediaType, schema, `${format.toUpperCase()} file named after the cube`),
    } }, async (request, reply) => {
      const dataset = await datasetOf((request.params as Static<typeof CubeParams>).cube);
      const q = parsed(request.t, () => parseAggregateQuery(request.query as Static<typeof AggregateQuery>));
      const columns = [...q.drilldown.flatMap((d) => [`${d}.code`, `${d}.label`]), ...q.aggregates];
      return sendCsv(reply, format, `${dataset.cube}-aggregate`, columns, aggregateRows(db, dataset, q));
    });
  }

  app.get('/api/v1/budget/cubes/:cube/datapackage.zip', { schema: {
    summary: 'A budget cube as a Fiscal Data Package (zip), streamed', tags, params: CubeParams,
    description: 'datapackage.json (FDP 1.0 columnTypes and the v0.3 model: measures with currency and phase, the partida→capítulo→programa '
      + 'and subtítulo→ítem→asignación hierarchies) and data/{cube}.csv with every fact and its names. `cabildo budget import --format fdp` reads it back.',
    response: file('application/zip', { type: 'string', format: 'binary' }, 'Zip archive named after the cube'),
  } }, async (request, reply) => {
    const dataset = await datasetOf((request.params as Static<typeof CubeParams>).cube);
    return reply.type('application/zip').header('content-disposition', `attachment; filename="${dataset.cube}-datapackage.zip"`)
      .send(Readable.from(fdpZip(db, dataset, request.t)));
  });
}
