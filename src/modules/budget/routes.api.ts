// The OpenSpending (Babbage) API at OpenSpending's own paths (/api/3/cubes/…), so existing OpenSpending tools read
// Cabildo's budgets unchanged: one cube per imported dataset. The grammar is in babbage/grammar.ts, the SQL in
// babbage/sql.ts, the JSON in babbage/present.ts. Public, read-only.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../core/db/client.js';
import { notFound } from '../../core/http/errors.js';
import { sendCsv } from '../../core/http/csv.js';
import { findDataset } from './queries.js';
import { BabbageQueryError, MAX_PAGE_SIZE, parseAggregateQuery, parseFactsQuery, parseMembersQuery } from './babbage/grammar.js';
import { cubeModel } from './babbage/model.js';
import { aggregateCube, cubeFacts, listCubes } from './babbage/queries.js';
import { factFields, nested, presentAggregate, presentFact, presentFacts, presentMembers } from './babbage/present.js';

const tags = ['budget'];
const CubeParams = Type.Object({ cube: Type.String({ maxLength: 100, description: 'Cube name, e.g. dipres-2017-ley' }) });
const MembersParams = Type.Composite([CubeParams, Type.Object({ ref: Type.String({ maxLength: 100, description: 'A dimension, e.g. partida' }) })]);
const grammar = (description: string) => Type.Optional(Type.String({ maxLength: 2000, description }));
const BabbageQuery = Type.Object({
  cut: grammar('dim:value|dim2:v1;v2 (e.g. tipo:gasto|tecnologia:true)'),
  drilldown: grammar('dim|dim2 (e.g. partida|subtitulo)'),
  order: grammar('ref:desc,ref2 (e.g. inicial.sum:desc)'),
  aggregates: grammar('inicial.sum|vigente.sum|ejecutado.sum|_count (default: all)'),
  page: Type.Optional(Type.Integer({ minimum: 1, description: '1-based' })),
  pagesize: Type.Optional(Type.Integer({ minimum: 1, description: `Default 100; above ${MAX_PAGE_SIZE} clamped to ${MAX_PAGE_SIZE}` })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
});
type Query = Static<typeof BabbageQuery>;

async function datasetOf(db: Db, cube: string) {
  const dataset = await findDataset(db, cube);
  if (!dataset) throw notFound();
  return dataset;
}


async function* each<T>(items: T[]) { yield* items; }
const csv = (reply: FastifyReply, name: string, columns: string[], rows: Record<string, unknown>[]) =>
  sendCsv(reply, 'csv', name, columns, each(rows.map(nested)));

export async function babbageRoutes(app: FastifyInstance, { db }: { db: Db }) {
  // A bad grammar is the client's to fix: 400 with the part and text named. Anything else goes to the app's handler.
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof BabbageQueryError) {
      return reply.code(400).type('application/json').send({ error: 'bad_query', part: error.part, message: `${error.part}: ${request.t(error.key, error.params)}` });
    }
    throw error;
  });

  app.get('/api/3/cubes', { schema: { summary: 'OpenSpending: list the budget cubes (one per imported dataset)', tags } }, async () => {
    const cubes = await listCubes(db);
    return { status: 'ok', data: cubes.map((c) => ({ name: c.cube, year: c.year, kind: c.kind, institution: c.institution, last_modified: c.importedAt.toISOString() })) };
  });

  app.get('/api/3/cubes/:cube/model', { schema: { summary: 'OpenSpending: the model of a cube (dimensions, measures, aggregates)', tags, params: CubeParams } }, async (request) => {
    const dataset = await datasetOf(db, (request.params as Static<typeof CubeParams>).cube);
    return { status: 'ok', name: dataset.cube, model: cubeModel(dataset, request.t) };
  });

  app.get('/api/3/cubes/:cube/aggregate', { schema: { summary: 'OpenSpending: sums and counts of a cube, cut and drilled down', tags, params: CubeParams, querystring: BabbageQuery } }, async (request, reply) => {
    const dataset = await datasetOf(db, (request.params as Static<typeof CubeParams>).cube);
    const raw = request.query as Query;
    const q = parseAggregateQuery(raw);
    const body = presentAggregate(q, await aggregateCube(db, dataset, q));
    return raw.format === 'csv' ? csv(reply, `${dataset.cube}-aggregate`, [...body.attributes, ...body.aggregates], body.cells) : body;
  });

  app.get('/api/3/cubes/:cube/facts', { schema: { summary: 'OpenSpending: the facts of a cube, cut, one page at a time', tags, params: CubeParams, querystring: BabbageQuery } }, async (request, reply) => {
    const dataset = await datasetOf(db, (request.params as Static<typeof CubeParams>).cube);
    const raw = request.query as Query;
    const q = parseFactsQuery(raw);
    const result = await cubeFacts(db, dataset, q);
    return raw.format === 'csv' ? csv(reply, `${dataset.cube}-facts`, factFields, result.facts.map(presentFact)) : presentFacts(q, result);
  });

  app.get('/api/3/cubes/:cube/members/:ref', { schema: { summary: 'OpenSpending: the codes and labels of one dimension', tags, params: MembersParams, querystring: BabbageQuery } }, async (request) => {
    const params = request.params as Static<typeof MembersParams>;
    const dataset = await datasetOf(db, params.cube);
    const q = parseMembersQuery(params.ref, request.query as Query);
    return presentMembers(q, await aggregateCube(db, dataset, q));
  });
}
