// PUT /api/v1/transparency/active/{slug}/{category}/{period}: the monthly update from an institution's own systems,
// the CSV as the request body (text/csv, the same formats the upload page takes), with an API token of an official
// who may publish. 201 with what was published; 422 with every problem by line and column, nothing written; 400 for
// a period before the law or still to come; 415 for a body that is not text/csv. An encapsulated plugin, so only this
// route reads text/csv bodies.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { HttpError, badRequest, denied, unauthorized } from '../../../core/http/errors.js';
import { canPublishActive } from './policy.js';
import { categoryOf, periodError } from './service.js';
import { parseActiveCsv } from './parsing.js';
import { publishUpdate } from './commands.js';
import { categoryPath } from './present.js';
import { PERIOD_PATTERN } from './schedule.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const Params = Type.Object({
  slug: Type.String({ maxLength: 100, description: 'Institution slug or CUT code' }), category: Type.String({ maxLength: 60 }),
  period: Type.String({ pattern: PERIOD_PATTERN, description: 'The month the information describes, YYYY-MM' }),
});
const Published = Type.Object({ category: Type.String(), period: Type.String(), rows: Type.Integer(), url: Type.String() });
const Refused = Type.Object({
  error: Type.String(), message: Type.String(), total: Type.Integer(),
  problems: Type.Array(Type.Object({ line: Type.Integer(), column: Type.Optional(Type.String()), code: Type.String(), message: Type.String() })),
});

export async function activePublishApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));

  app.put('/api/v1/transparency/active/:slug/:category/:period', {
    schema: {
      summary: 'Publish a category\'s update for a month (officials with the transparency permission): the CSV as a text/csv body, ";" or ",", UTF-8 or latin1',
      tags: ['transparency'], security: [{ bearer: [] }], consumes: ['text/csv'], params: Params, response: { 201: Published, 422: Refused },
    },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const params = request.params as Static<typeof Params>;
    const institution = await findInstitutionOr404(db, params.slug);
    const category = categoryOf(params.category);
    if (!canPublishActive(request.actor, institution.id)) throw denied(true);
    const periodKey = periodError(params.period);
    if (periodKey) throw badRequest(periodKey);
    if (!Buffer.isBuffer(request.body)) throw new HttpError(415, 'unsupported_media_type', 'transparency.active.error.notCsv');
    const bytes = request.body;
    const parsed = parseActiveCsv(bytes, category.fields);
    if (!parsed.ok) {
      return reply.code(422).send({ error: 'invalid_file', message: request.t('transparency.active.upload.problems', { total: parsed.total }), total: parsed.total,
        problems: parsed.problems.map((p) => ({ ...p, message: request.t(`transparency.active.problem.${p.code}` as MessageKey, p.params) })) });
    }
    await db.transaction((tx) => publishUpdate(tx, { institutionId: institution.id, category: category.key, period: params.period,
      fileName: `${category.key}-${params.period}.csv`, bytes, rows: parsed.rows }, request.actor!));
    return reply.code(201).send({ category: category.key, period: params.period, rows: parsed.rows.length, url: `${categoryPath(institution.slug, category.key)}?periodo=${params.period}` });
  });
}
