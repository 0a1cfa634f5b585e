// /api/v1/procurement/calls: public reads (a filtered, paginated list; one call with lots, criteria, Q&A and its public
// timeline; drafts only for their institution's procurement officials) and the officials' writes (create a draft,
// publish, cancel a call or a lot, answer), and questions by anyone signed in.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Actor } from '../../../core/policy.js';
import type { Translate } from '../../../core/i18n/index.js';
import { auditActor } from '../../../core/policy.js';
import { denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { CALL_KINDS, CALL_STATES } from './schema.js';
import { CallBody, callInputOf } from './input.js';
import { CallJson, CallListItemJson, presentListItem } from './present.js';
import { canManageCalls } from './policy.js';
import { listCalls, type CallFilter } from './queries.js';
import { sendCsv } from '../../../core/http/csv.js';
import { callJson, draftsOf, visibleCall } from './service.js';
import { InvalidCall, messagesOf } from './invalid-call.js';
import { createCall } from './commands/save-call.js';
import { publishCall } from './commands/publish-call.js';
import { cancelCall, cancelLot } from './commands/cancel-call.js';
import { answerQuestion, askQuestion } from './commands/questions.js';

const tags = ['procurement'];
const security = [{ bearer: [] }];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const QuestionParams = Type.Object({ id: Type.Integer({ minimum: 1 }), qid: Type.Integer({ minimum: 1 }) });
const ListQuery = Type.Composite([PageQuery, Type.Object({
  institution: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'Institution slug or CUT code' })),
  state: Type.Optional(Type.Union(CALL_STATES.map((s) => Type.Literal(s)))),
  kind: Type.Optional(Type.Union(CALL_KINDS.map((k) => Type.Literal(k)))),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { description: 'Export the whole filtered list, streamed' })),
})]);
const EXPORT_COLUMNS = ['id', 'ocid', 'institution.slug', 'kind', 'state', 'title', 'lotCount', 'totalBudget', 'bidsUntil', 'publishedAt', 'url'];

/** Every call of the filter, page by page (never the whole list in memory). */
async function* allCalls(db: ModuleDeps['db'], filter: Omit<CallFilter, 'cursor'>) {
  let cursor: string | undefined;
  do {
    const rows = await listCalls(db, { ...filter, cursor }, 500);
    const page = pageOf(rows, 500, (r) => [r.id]);
    for (const row of page.items) yield presentListItem(row);
    cursor = page.next ?? undefined;
  } while (cursor);
}
const Reason = Type.String({ minLength: 3, maxLength: 5000 });
const CancelBody = Type.Object({ reason: Reason, lot: Type.Optional(Type.Integer({ minimum: 1, description: 'Lot number: cancel this lot only' })) }, { additionalProperties: false });
const QuestionBody = Type.Object({ question: Type.String({ minLength: 10, maxLength: 3000 }), lot: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });
const AnswerBody = Type.Object({ answer: Type.String({ minLength: 2, maxLength: 10000 }) }, { additionalProperties: false });
/** A person asks at most this many questions an hour, across calls: enough for a bidder, not for a flood. */
export const QUESTION_LIMIT = { max: 10, windowSeconds: 3600 };
const Invalid = Type.Object({ error: Type.Literal('invalid'), message: Type.String(), fields: Type.Record(Type.String(), Type.String()) });

const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };
const may = (actor: Actor | null, institutionId: number) => { if (!canManageCalls(actor, institutionId)) throw denied(!!actor); };

/** A refused call as 422 with every broken rule by field; other errors go on to the error handler. */
function sendInvalid(e: unknown, reply: FastifyReply, t: Translate) {
  if (!(e instanceof InvalidCall)) throw e;
  return reply.code(422).send({ error: 'invalid', message: t(e.messageKey, e.params), fields: messagesOf(e.problems, t) });
}

export async function callApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  app.get('/api/v1/procurement/calls', {
    schema: { summary: 'Calls, newest first, by cursor; filter by institution, state and kind (drafts only for their institution\'s procurement officials); ?format=csv|json exports the filtered list', tags,
      querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(CallListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const institution = q.institution ? await findInstitutionOr404(db, q.institution) : undefined;
    const filter = { institutionId: institution?.id, state: q.state, kind: q.kind, draftsOf: draftsOf(request.actor) };
    if (q.format) return sendCsv(reply, q.format, 'llamados', EXPORT_COLUMNS, allCalls(db, filter));
    const limit = q.limit ?? 50;
    const rows = await listCalls(db, { ...filter, cursor: q.cursor }, limit);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { items: page.items.map(presentListItem), next: page.next };
  });

  app.get('/api/v1/procurement/calls/:id', { schema: { summary: 'A call: lots with budget and calendar, weighted criteria, Q&A, public timeline, OCDS record link', tags, params: IdParams, response: { 200: CallJson } } },
    async (request) => callJson(db, await visibleCall(db, request.actor, (request.params as Static<typeof IdParams>).id)));

  app.post('/api/v1/procurement/calls', {
    schema: { summary: 'Create a draft call with its lots and criteria (procurement officials of the institution)', tags, security, body: CallBody, response: { 201: CallJson, 422: Invalid } },
    onRequest,
  }, async (request, reply) => {
    const body = request.body as Static<typeof CallBody>;
    const institution = await findInstitutionOr404(db, body.institution);
    may(request.actor, institution.id);
    try {
      const { id } = await db.transaction((tx) => createCall(tx, { ...callInputOf(body), institutionId: institution.id, ocidPrefix: config.ocidPrefix }, auditActor(request.actor!)));
      return reply.code(201).send(await callJson(db, await visibleCall(db, request.actor, id)));
    } catch (e) { return sendInvalid(e, reply, request.t); }
  });

  /** The call an official of its institution acts on; a draft of another institution is a 404 like to anyone. */
  const managed = async (request: { actor: Actor | null; params: unknown }) => {
    const call = await visibleCall(db, request.actor, (request.params as { id: number }).id);
    may(request.actor, call.institutionId);
    return call;
  };

  app.post('/api/v1/procurement/calls/:id/publish', {
    schema: { summary: 'Publish a draft: judged again, quick purchases against their UTM ceiling; every lot opens for bids', tags, security, params: IdParams, response: { 200: CallJson, 422: Invalid } },
    onRequest,
  }, async (request, reply) => {
    const call = await managed(request);
    try {
      await db.transaction((tx) => publishCall(tx, { callId: call.id, quickPurchaseUtm: config.quickPurchaseUtm }, auditActor(request.actor!)));
      return await callJson(db, await visibleCall(db, request.actor, call.id));
    } catch (e) { return sendInvalid(e, reply, request.t); }
  });

  app.post('/api/v1/procurement/calls/:id/cancel', {
    schema: { summary: 'Cancel a call, or one lot of it, with public reasons', tags, security, params: IdParams, body: CancelBody, response: { 200: CallJson } },
    onRequest,
  }, async (request) => {
    const call = await managed(request);
    const { reason, lot } = request.body as Static<typeof CancelBody>;
    const lotId = lot === undefined ? null : call.lots.find((l) => l.number === lot)?.id;
    if (lotId === undefined) throw notFound();
    const actor = auditActor(request.actor!);
    await db.transaction((tx) => (lotId === null ? cancelCall(tx, { callId: call.id, reason }, actor) : cancelLot(tx, { callId: call.id, lotId, reason }, actor)));
    return callJson(db, await visibleCall(db, request.actor, call.id));
  });

  app.post('/api/v1/procurement/calls/:id/questions', {
    schema: { summary: 'Ask a public question about a call or one lot, until its questions deadline (anyone signed in; the asker stays private)', tags, security,
      params: IdParams, body: QuestionBody, response: { 201: Type.Object({ id: Type.Integer() }) } },
    onRequest,
  }, async (request, reply) => {
    const call = await visibleCall(db, request.actor, (request.params as Static<typeof IdParams>).id);
    const { question, lot } = request.body as Static<typeof QuestionBody>;
    const lotId = lot === undefined ? null : call.lots.find((l) => l.number === lot)?.id;
    if (lotId === undefined) throw notFound();
    await consumeRateLimit(db, { key: `procurement.question:${request.actor!.personId}`, ...QUESTION_LIMIT });
    const id = await db.transaction((tx) => askQuestion(tx, { callId: call.id, lotId, question }, { ...auditActor(request.actor!), id: request.actor!.personId }));
    return reply.code(201).send({ id });
  });

  app.post('/api/v1/procurement/calls/:id/questions/:qid/answer', {
    schema: { summary: 'Answer a question once, in public (procurement officials of the institution)', tags, security, params: QuestionParams, body: AnswerBody, response: { 200: CallJson } },
    onRequest,
  }, async (request) => {
    const call = await managed(request);
    const { qid } = request.params as Static<typeof QuestionParams>;
    await db.transaction((tx) => answerQuestion(tx, { callId: call.id, questionId: qid, answer: (request.body as Static<typeof AnswerBody>).answer }, auditActor(request.actor!)));
    return callJson(db, await visibleCall(db, request.actor, call.id));
  });
}
