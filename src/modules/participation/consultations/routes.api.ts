// /api/v1/participation/consultations: officials create consultations; respondents PUT and GET their own response
// (API token or session); after results_at anyone reads the results and streams the anonymous export (CSV/JSON).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, denied, notFound } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import { canActInModule } from '../../../core/policy.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { createConsultation } from './commands/create-consultation.js';
import { NewConsultationBody, prepareNewConsultation } from './new-consultation.js';
import { findConsultation, findMyResponse, listProcessConsultations } from './queries.js';
import { consultationResults } from './results.js';
import { EXPORT_COLUMNS, exportRows } from './export.js';
import { respond, respondentOf } from './respond.js';
import { eligibilityProblem, resultsProblem } from './rules.js';
import { AnswerJson, ConsultationJson, MyResponseJson, ResultsJson, presentAnswers, presentConsultation } from './present.js';

const tags = ['participation'];
const Params = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ResponseBody = Type.Object({
  answers: Type.Record(Type.String({ pattern: '^\\d+$' }), AnswerJson, { description: 'Question id → answer; answers to questions hidden by their condition are discarded' }),
}, { additionalProperties: false });
const InvalidAnswers = Type.Object({ error: Type.String(), message: Type.String(), errors: Type.Optional(Type.Record(Type.String(), Type.String())) });
const ExportQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { default: 'csv' })) });
const ListQuery = Type.Object({ process: Type.Integer({ minimum: 1 }) });

export async function consultationApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  async function consultationOf(request: FastifyRequest) {
    const c = await findConsultation(db, (request.params as Static<typeof Params>).id);
    if (!c) throw notFound();
    return c;
  }

  app.post('/api/v1/participation/consultations', {
    schema: { summary: 'Create a consultation with its questions (officials of the institution with the participation permission)', tags,
      security: [{ bearer: [] }], body: NewConsultationBody, response: { 201: ConsultationJson } },
    onRequest: async (request) => { if (!request.actor) throw denied(false); },
  }, async (request, reply) => {
    const body = request.body as Static<typeof NewConsultationBody>;
    const institution = await findInstitution(db, body.institution);
    if (!institution) throw badRequest('participation.consultation.new.unknownInstitution', { ref: body.institution });
    if (!canActInModule(request.actor, institution.id, 'participation')) throw denied(true);
    const input = await prepareNewConsultation(db, institution.id, body);
    if (input instanceof Error) throw input;
    const created = await db.transaction((tx) => createConsultation(tx, input, request.actor!));
    return reply.code(201).send(presentConsultation((await findConsultation(db, created.id))!));
  });

  app.get('/api/v1/participation/consultations', { schema: { summary: 'The consultations of a process', tags, querystring: ListQuery,
    response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), opensAt: Type.String(), closesAt: Type.String(), resultsAt: Type.String() })) }) } } },
  async (request) => ({ items: (await listProcessConsultations(db, (request.query as Static<typeof ListQuery>).process)).map((c) => ({
    id: c.id, title: c.title, opensAt: c.opensAt.toISOString(), closesAt: c.closesAt.toISOString(), resultsAt: c.resultsAt.toISOString() })) }));

  app.get('/api/v1/participation/consultations/:id', { schema: { summary: 'A consultation and its questions', tags, params: Params, response: { 200: ConsultationJson } } },
    async (request) => presentConsultation(await consultationOf(request)));

  app.put('/api/v1/participation/consultations/:id/response', {
    schema: { summary: 'Save my response (replaces the previous one while the consultation is open)', tags, security: [{ bearer: [] }], params: Params,
      body: ResponseBody, response: { 200: MyResponseJson, 400: InvalidAnswers } },
  }, async (request, reply) => {
    const c = await consultationOf(request);
    const outcome = await respond(db, config, request, reply, c, (request.body as Static<typeof ResponseBody>).answers);
    if (!outcome.ok && 'error' in outcome) throw outcome.error;
    if (!outcome.ok) {
      const errors = Object.fromEntries([...outcome.errors].map(([id, e]) => [String(id), request.t(e.key, e.params)]));
      return reply.code(400).send({ error: 'invalid_answers', message: request.t('participation.consultation.invalidAnswers'), errors });
    }
    return myResponse(request, c.id);
  });

  app.get('/api/v1/participation/consultations/:id/response', {
    schema: { summary: 'My response, if I have answered', tags, security: [{ bearer: [] }], params: Params, response: { 200: MyResponseJson } },
  }, async (request) => {
    const c = await consultationOf(request);
    const problem = await eligibilityProblem(db, config, request.actor, c);
    if (problem) throw problem;
    return myResponse(request, c.id);
  });

  async function myResponse(request: FastifyRequest, consultationId: number) {
    const respondent = respondentOf(request, null, config);
    const mine = respondent && await findMyResponse(db, consultationId, respondent);
    if (!mine) throw notFound();
    return { consultationId, updatedAt: mine.updatedAt.toISOString(), answers: presentAnswers(mine.answers) };
  }

  app.get('/api/v1/participation/consultations/:id/results', { schema: { summary: 'Results, from results_at: counts, 1–7 averages, rankings, matrices', tags, params: Params, response: { 200: ResultsJson } } },
    async (request) => {
      const c = await consultationOf(request);
      const problem = resultsProblem(c, new Date(), request.locale);
      if (problem) throw problem;
      return consultationResults(db, c);
    });

  app.get('/api/v1/participation/consultations/:id/responses', {
    schema: { summary: 'Every answer, one row per answered question, keyed by an anonymous respondent number (streamed CSV or JSON); public from results_at, before that for the institution\'s officials',
      tags, params: Params, querystring: ExportQuery },
  }, async (request, reply) => {
    const c = await consultationOf(request);
    if (resultsProblem(c, new Date(), request.locale) && !canActInModule(request.actor, c.institutionId, 'participation')) {
      throw resultsProblem(c, new Date(), request.locale)!;
    }
    const format = (request.query as Static<typeof ExportQuery>).format ?? 'csv';
    return sendCsv(reply, format, `consulta-${c.id}-respuestas`, EXPORT_COLUMNS, exportRows(db, c));
  });
}
