// /api/v1/observatory/indicators (the catalogue with its coverage) and /api/v1/observatory/values (every value by
// cursor, filtered by year, indicator, comuna or region; ?format=csv|json streams the whole filtered list), public;
// POST /api/v1/observatory/values/import, the stewards' CSV import (text/csv body, bearer token): 201 with the counts,
// 422 with every problem by line and nothing written. An encapsulated plugin, so only this route reads text/csv.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { HttpError, denied, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { auditActor } from '../../../core/policy.js';
import { canStewardObservatory } from '../policy.js';
import { findObservatoryInstitution } from '../institutions.js';
import { INDICATORS } from './catalogue.js';
import { findCoverage, findValues, iterateValues, keyOfValue, type ValueKey } from './queries.js';
import { IndicatorJson, VALUE_COLUMNS, ValueJson, presentIndicator, presentValue, problemsMessage } from './present.js';
import { importValuesCsv } from './service.js';

const tags = ['observatory'];
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const ValuesQuery = Type.Composite([PageQuery, Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200 })),
  indicator: Type.Optional(Type.String({ maxLength: 80, description: 'A catalogue code, e.g. capacities.professionalisation' })),
  cut: Type.Optional(Type.String({ pattern: '^\\d{5}$', description: '5-digit comuna CUT' })),
  region: Type.Optional(Type.String({ pattern: '^\\d{2}$', description: '2-digit region CUT' })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { description: 'Stream every matching value instead of a page' })),
})]);
const Imported = Type.Object({ rows: Type.Integer(), inserted: Type.Integer(), updated: Type.Integer(), years: Type.Array(Type.Integer()) });
const Refused = Type.Object({
  error: Type.String(), message: Type.String(), total: Type.Integer(),
  problems: Type.Array(Type.Object({ line: Type.Integer(), code: Type.String(), message: Type.String() })),
});

export async function indicatorApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get('/api/v1/observatory/indicators', {
    schema: { summary: 'The indicator catalogue: pillar, unit, direction, origin, source, periodicity, and how many municipalities have a value per year', tags,
      response: { 200: Type.Object({ items: Type.Array(IndicatorJson) }) } },
  }, async (request) => {
    const coverage = await findCoverage(db);
    return { items: INDICATORS.map((d) => presentIndicator(d, request.t, coverage)) };
  });

  app.get('/api/v1/observatory/values', {
    schema: { summary: 'Indicator values per comuna and year, each with origin, source and provenance, by cursor; ?format=csv|json streams all that match', tags,
      querystring: ValuesQuery, response: { 200: Type.Object({ items: Type.Array(ValueJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const { cursor, limit = 50, format, ...filter } = request.query as Static<typeof ValuesQuery>;
    if (format) {
      const suffix = [filter.year, filter.indicator, filter.region, filter.cut].filter((x) => x !== undefined).join('-');
      return sendCsv(reply, format, `observatorio-valores${suffix ? `-${suffix}` : ''}`, VALUE_COLUMNS,
        (async function* () { for await (const r of iterateValues(db, filter)) yield presentValue(r); })());
    }
    const page = pageOf(await findValues(db, filter, decodeCursor(cursor) as ValueKey | null, limit), limit, keyOfValue);
    return { items: page.items.map(presentValue), next: page.next };
  });

  await app.register(async (scoped) => {
    scoped.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));
    scoped.post('/api/v1/observatory/values/import', {
      schema: { summary: 'Import indicator values (the index\'s stewards): a CSV cut,year,indicator,value,source as a text/csv body; nothing is written if any row is bad',
        tags, security: [{ bearer: [] }], consumes: ['text/csv'], response: { 201: Imported, 422: Refused } },
      onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
    }, async (request, reply) => {
      const steward = await findObservatoryInstitution(db, config);
      if (!canStewardObservatory(request.actor, steward.id)) throw denied(true);
      if (!Buffer.isBuffer(request.body)) throw new HttpError(415, 'unsupported_media_type', 'observatory.import.error.notCsv');
      const result = await importValuesCsv(db, request.body, auditActor(request.actor!));
      if (!result.ok) {
        return reply.code(422).send({ error: 'invalid_file', message: problemsMessage(request.t, result.total), total: result.total,
          problems: result.problems.map((p) => ({ line: p.line, code: p.code, message: request.t(`observatory.import.problem.${p.code}` as MessageKey, p.params) })) });
      }
      return reply.code(201).send(result.outcome);
    });
  });
}
