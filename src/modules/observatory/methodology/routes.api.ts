// /api/v1/observatory/methodology (the current method, its indicators, pillars and versions; stewards publish a new
// version with a bearer token) and /api/v1/observatory/index/sensitivity?year=Y (the stored Monte-Carlo run).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { auditActor } from '../../../core/policy.js';
import { MethodSpecSchema } from '../index/method.js';
import { canStewardObservatory } from '../policy.js';
import { findObservatoryInstitution } from '../institutions.js';
import { publishMethod } from './commands/publish-method.js';
import { currentOf, findSensitivity, listMethodVersions } from './queries.js';
import { MethodologyJson, SensitivityJson, presentMethodology, presentSensitivity } from './present.js';
import { checkMethodSpec } from './spec.js';

const tags = ['observatory'];
const PublishBody = Type.Object({
  spec: MethodSpecSchema,
  note: Type.String({ minLength: 10, maxLength: 2000, description: 'What changed and why (shown on the methodology page)' }),
}, { additionalProperties: false });
const YearQuery = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

export async function methodologyApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const methodology = async () => {
    const versions = await listMethodVersions(db);
    return presentMethodology(currentOf(versions), versions);
  };

  app.get('/api/v1/observatory/methodology', {
    schema: { summary: 'The index\'s current method: every choice, the indicators and pillars with their weights, and the versions', tags, response: { 200: MethodologyJson } },
  }, methodology);

  app.post('/api/v1/observatory/methodology', {
    schema: { summary: 'Publish a new version of the method with a note; every year is recomputed under it (the index\'s stewards)', tags, security: [{ bearer: [] }],
      body: PublishBody, response: { 201: MethodologyJson } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const observatory = await findObservatoryInstitution(db, config);
    if (!canStewardObservatory(request.actor, observatory.id)) throw denied(true);
    const { spec, note } = request.body as Static<typeof PublishBody>;
    const [problem] = checkMethodSpec(spec);
    if (problem) throw badRequest(problem.message, { field: problem.field });
    await db.transaction((tx) => publishMethod(tx, spec, note, auditActor(request.actor!)));
    return reply.code(201).send(await methodology());
  });

  app.get('/api/v1/observatory/index/sensitivity', {
    schema: { summary: 'The Monte-Carlo uncertainty of one year\'s ranks under the current method: median rank and 90 % interval per municipality, and the assumptions that move them most',
      tags, querystring: YearQuery, response: { 200: SensitivityJson } },
  }, async (request) => {
    const { year } = request.query as Static<typeof YearQuery>;
    const found = await findSensitivity(db, currentOf(await listMethodVersions(db)).version, year);
    if (!found) throw notFound();
    return presentSensitivity(found);
  });
}
