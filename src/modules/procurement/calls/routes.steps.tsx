// The steps taken on a call's page, as form posts: publish, cancel the call or a lot (officials), ask a question
// (anyone signed in, rate-limited) and answer one (officials). Each redirects back with a flash, or re-renders the
// page with the refusal next to its form (422), nothing written.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { HttpError, denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import type { MessageKey } from '../../../core/i18n/index.js';
import { canManageCalls } from './policy.js';
import type { CallDetail } from './queries.js';
import { InvalidCall, messagesOf } from './invalid-call.js';
import { callOfUrl, CallParams, renderCallPage } from './routes.pages.js';
import { callPath } from './present.js';
import { QUESTION_LIMIT } from './routes.api.js';
import { publishCall } from './commands/publish-call.js';
import { cancelCall, cancelLot } from './commands/cancel-call.js';
import { answerQuestion, askQuestion } from './commands/questions.js';
import type { CallPageForms } from './views/call-page.js';

const LotParams = Type.Composite([CallParams, Type.Object({ n: Type.Integer({ minimum: 1 }) })]);
const QuestionParams = Type.Composite([CallParams, Type.Object({ qid: Type.Integer({ minimum: 1 }) })]);
const ReasonForm = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 5000 }) });
const AskForm = Type.Object({ question: Type.String({ minLength: 10, maxLength: 3000 }), lot: Type.Optional(Type.Integer({ minimum: 1 })) });
const AnswerForm = Type.Object({ answer: Type.String({ minLength: 2, maxLength: 10000 }) });

export async function callStepRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const managed = async (request: FastifyRequest) => {
    const call = await callOfUrl(db, request);
    if (!canManageCalls(request.actor, call.institutionId)) throw denied(!!request.actor);
    return call;
  };
  /** Runs a step; a refusal (invalid call, 409 of the lifecycle) re-renders the page with it on `form`'s form. */
  const step = async (request: FastifyRequest, reply: FastifyReply, call: CallDetail, form: keyof CallPageForms, field: string,
    run: () => Promise<unknown>, done: MessageKey, anchor = '') => {
    try {
      await run();
      return reply.flash('success', done).redirect(`${callPath(call.institution.slug, call.id)}${anchor}`, 303);
    } catch (e) {
      if (e instanceof InvalidCall) return renderCallPage(db, request, reply, call, { [form]: { values: {}, errors: messagesOf(e.problems, request.t) } }, 422);
      if (!(e instanceof HttpError) || e.statusCode !== 409) throw e;
      const values = Object.fromEntries(Object.entries((request.body ?? {}) as Record<string, string>).filter(([k]) => k !== '_csrf'));
      return renderCallPage(db, request, reply, call, { [form]: { values, errors: { [field]: request.t(e.messageKey, e.params) } } }, 422);
    }
  };

  app.post('/instituciones/:slug/compras/llamados/:id/publicar', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    const call = await managed(request);
    return step(request, reply, call, 'publish', 'publish', () =>
      db.transaction((tx) => publishCall(tx, { callId: call.id, quickPurchaseUtm: config.quickPurchaseUtm }, auditActor(request.actor!))), 'procurement.calls.published');
  });

  app.post('/instituciones/:slug/compras/llamados/:id/cancelar', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    const call = await managed(request);
    const form = parseForm(ReasonForm, request.body, request.t);
    if (!form.ok) return renderCallPage(db, request, reply, call, { cancel: form }, 422);
    return step(request, reply, call, 'cancel', 'reason', () =>
      db.transaction((tx) => cancelCall(tx, { callId: call.id, reason: form.value.reason }, auditActor(request.actor!))), 'procurement.calls.cancelled');
  });

  app.post('/instituciones/:slug/compras/llamados/:id/lotes/:n/cancelar', { schema: { hide: true, params: LotParams } }, async (request, reply) => {
    const call = await managed(request);
    const lot = call.lots.find((l) => l.number === (request.params as Static<typeof LotParams>).n);
    if (!lot) throw notFound();
    const form = parseForm(ReasonForm, request.body, request.t);
    if (!form.ok) return renderCallPage(db, request, reply, call, { cancel: form }, 422);
    return step(request, reply, call, 'cancel', 'reason', () =>
      db.transaction((tx) => cancelLot(tx, { callId: call.id, lotId: lot.id, reason: form.value.reason }, auditActor(request.actor!))), 'procurement.calls.lotCancelled');
  });

  app.get('/instituciones/:slug/compras/llamados/:id/preguntas', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    const call = await callOfUrl(db, request);
    return reply.redirect(`${callPath(call.institution.slug, call.id)}#preguntas`, 303);
  });

  app.post('/instituciones/:slug/compras/llamados/:id/preguntas', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    if (!request.actor) throw denied(false);
    const call = await callOfUrl(db, request);
    const form = parseForm(AskForm, request.body, request.t);
    if (!form.ok) return renderCallPage(db, request, reply, call, { question: form }, 422);
    const lotId = form.value.lot === undefined ? null : call.lots.find((l) => l.number === form.value.lot)?.id;
    if (lotId === undefined) throw notFound();
    await consumeRateLimit(db, { key: `procurement.question:${request.actor.personId}`, ...QUESTION_LIMIT });
    return step(request, reply, call, 'question', 'question', () => db.transaction((tx) =>
      askQuestion(tx, { callId: call.id, lotId, question: form.value.question }, { ...auditActor(request.actor!), id: request.actor!.personId })), 'procurement.calls.asked', '#preguntas');
  });

  app.post('/instituciones/:slug/compras/llamados/:id/preguntas/:qid/respuesta', { schema: { hide: true, params: QuestionParams } }, async (request, reply) => {
    const call = await managed(request);
    const { qid } = request.params as Static<typeof QuestionParams>;
    const form = parseForm(AnswerForm, request.body, request.t);
    if (!form.ok) return renderCallPage(db, request, reply, call, { answer: { ...form, values: { ...form.values, questionId: String(qid) } } }, 422);
    return step(request, reply, call, 'answer', 'answer', () =>
      db.transaction((tx) => answerQuestion(tx, { callId: call.id, questionId: qid, answer: form.value.answer }, auditActor(request.actor!))), 'procurement.calls.answered', '#preguntas');
  });
}
