// /api/v1/procurement/… of evaluation: appoint evaluators (procurement officials), an evaluator's declaration of
// interests and scores, award or desert a lot (procurement officials), and the public award report of a lot.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { denied, unauthorized } from '../../../core/http/errors.js';
import { canManageEvaluation } from './policy.js';
import { evaluatorsOf, findEvaluationCall, findEvaluationLot } from './queries.js';
import { findLotReport } from './report.js';
import { AwardOutcomeJson, EvaluatorJson, LotReportJson, presentEvaluator, presentOutcome, presentReport } from './present.js';
import { appointEvaluator } from './commands/appoint-evaluator.js';
import { declareInterests } from './commands/declare-interests.js';
import { scoreBid } from './commands/score-bid.js';
import { awardLotByRanking } from './commands/award-lot.js';
import { desertLot } from './commands/desert-lot.js';

const tags = ['procurement'];
const security = [{ bearer: [] }];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const LotParams = Type.Object({ lotId: Type.Integer({ minimum: 1 }) });
const Id = Type.Integer({ minimum: 1 });
export const Reason = Type.String({ minLength: 10, maxLength: 5000 });
export const ScoreValue = Type.Number({ minimum: 0, maximum: 100, description: 'Kept to 2 decimals' });
export const ScoreReason = Type.String({ minLength: 3, maxLength: 2000 });
const AppointBody = Type.Object({ personId: Id }, { additionalProperties: false });
const DeclarationBody = Type.Object({
  conflictSupplierIds: Type.Array(Id, { maxItems: 500, uniqueItems: true, description: 'The bidding suppliers the evaluator has an interest in (may be empty)' }),
  sign: Type.Literal(true, { description: 'The evaluator signs the declaration text shown with the list' }),
}, { additionalProperties: false });
const ScoresBody = Type.Object({
  scores: Type.Array(Type.Object({ criterionId: Id, score: ScoreValue, reason: ScoreReason }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false });
const DesertBody = Type.Object({ reason: Reason }, { additionalProperties: false });
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };

export async function evaluationApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const managedLot = async (lotId: number, actor: Parameters<typeof canManageEvaluation>[0]) => {
    const found = await findEvaluationLot(db, lotId);
    if (!canManageEvaluation(actor, found.call.institutionId)) throw denied(!!actor);
    return found;
  };

  app.post('/api/v1/procurement/calls/:id/evaluators', {
    schema: { summary: 'Appoint an evaluator of a call: an official of its institution (procurement officials)', tags, security, params: IdParams, body: AppointBody,
      response: { 201: EvaluatorJson } },
    onRequest,
  }, async (request, reply) => {
    const call = await findEvaluationCall(db, (request.params as Static<typeof IdParams>).id);
    if (!canManageEvaluation(request.actor, call.institutionId)) throw denied(true);
    const { personId } = request.body as Static<typeof AppointBody>;
    const id = await db.transaction((tx) => appointEvaluator(tx, { callId: call.id, personId, actor: auditActor(request.actor!) }));
    return reply.code(201).send(presentEvaluator(call.id, (await evaluatorsOf(db, call.id)).find((e) => e.id === id)!));
  });

  app.post('/api/v1/procurement/calls/:id/evaluators/declaration', {
    schema: { summary: 'The signed-in evaluator declares their conflicts of interest among the bidding suppliers, before scoring (adds to earlier declarations)',
      tags, security, params: IdParams, body: DeclarationBody, response: { 200: EvaluatorJson } },
    onRequest,
  }, async (request) => {
    const callId = (request.params as Static<typeof IdParams>).id;
    const { conflictSupplierIds } = request.body as Static<typeof DeclarationBody>;
    const actor = request.actor!;
    await db.transaction((tx) => declareInterests(tx, {
      callId, personId: actor.personId, conflictSupplierIds, declaration: request.t('procurement.evaluation.declaration.text'), actor: auditActor(actor),
    }));
    return presentEvaluator(callId, (await evaluatorsOf(db, callId)).find((e) => e.personId === actor.personId)!);
  });

  app.post('/api/v1/procurement/bids/:id/scores', {
    schema: { summary: 'The signed-in evaluator scores an opened bid on evaluated criteria, 0–100 with a reason each (editable until the lot is awarded)',
      tags, security, params: IdParams, body: ScoresBody, response: { 204: Type.Null() } },
    onRequest,
  }, async (request, reply) => {
    const { scores } = request.body as Static<typeof ScoresBody>;
    await db.transaction((tx) => scoreBid(tx, { bidId: (request.params as Static<typeof IdParams>).id, personId: request.actor!.personId, scores, actor: auditActor(request.actor!) }));
    return reply.code(204).send();
  });

  app.post('/api/v1/procurement/lots/:lotId/award', {
    schema: { summary: 'Award a lot by its ranking to the top admitCount admissible bids, publishing the report and starting the standstill; deserted when nothing is admissible (procurement officials)',
      tags, security, params: LotParams, response: { 200: AwardOutcomeJson } },
    onRequest,
  }, async (request) => {
    const { lot } = await managedLot((request.params as Static<typeof LotParams>).lotId, request.actor);
    return presentOutcome(await db.transaction((tx) => awardLotByRanking(tx, { lotId: lot.id, actor: auditActor(request.actor!) })));
  });

  app.post('/api/v1/procurement/lots/:lotId/desert', {
    schema: { summary: 'Declare a lot deserted, with public reasons (procurement officials)', tags, security, params: LotParams, body: DesertBody, response: { 204: Type.Null() } },
    onRequest,
  }, async (request, reply) => {
    const { lot } = await managedLot((request.params as Static<typeof LotParams>).lotId, request.actor);
    await db.transaction((tx) => desertLot(tx, { lotId: lot.id, reason: (request.body as Static<typeof DesertBody>).reason, actor: auditActor(request.actor!) }));
    return reply.code(204).send();
  });

  app.get('/api/v1/procurement/lots/:lotId/report', {
    schema: { summary: 'The award report of a lot once awarded or deserted: ranking, scores per criterion, formulas, evaluators, standstill', tags, params: LotParams,
      response: { 200: LotReportJson } },
  }, async (request) => {
    const { call, lot } = await findEvaluationLot(db, (request.params as Static<typeof LotParams>).lotId);
    return presentReport(await findLotReport(db, call.id, lot.number));
  });
}
