// /api/v1/procurement/call-offs: public reads (a framework agreement's or an institution's call-offs by cursor,
// ?format=csv|json streams them; one call-off, its quotes once the competition closed) and writes: officials place,
// award and cancel; a representative of an admitted supplier quotes in a renewed competition.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { auditActor } from '../../../core/policy.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { findCallHead } from './queries.js';
import { findCallOffOr404, listCallOffs } from './queries-call-offs.js';
import { CallOffJson, CallOffListItemJson, presentCallOff, presentCallOffListItem } from './present.js';
import { CallOffFields, QuoteFields, Reason } from './validation.js';
import { mustManage, streamCallOffs } from './service.js';
import { awardCallOff, cancelCallOff, placeCallOff } from './commands/call-offs.js';
import { submitQuote } from './commands/submit-quote.js';

const tags = ['procurement'];
const security = [{ bearer: [] }];
const BASE = '/api/v1/procurement/call-offs';
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ListQuery = Type.Composite([PageQuery, Type.Object({
  call: Type.Optional(Type.Integer({ minimum: 1, description: 'The framework agreement' })),
  institution: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'Institution slug or CUT code' })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
})]);
const PlaceBody = Type.Object({
  callId: Type.Integer({ minimum: 1, description: 'The framework agreement' }), ...CallOffFields,
  quotesUntil: Type.Optional(Type.String({ format: 'date-time', description: 'mini_competition: quotes accepted up to and including this instant' })),
}, { additionalProperties: false });
const QuoteBody = Type.Object(QuoteFields, { additionalProperties: false });
const CancelBody = Type.Object({ reason: Reason }, { additionalProperties: false });
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };
type Id = Static<typeof IdParams>;

export async function callOffApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(BASE, {
    schema: { summary: 'Call-offs under framework agreements, oldest first, by cursor; ?format=csv|json exports them', tags, querystring: ListQuery,
      response: { 200: Type.Object({ items: Type.Array(CallOffListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const institutionId = q.institution ? (await findInstitutionOr404(db, q.institution)).id : undefined;
    const filter = { callId: q.call, institutionId };
    if (q.format) return streamCallOffs(db, reply, filter, q.format, `ordenes${q.call ? `-${q.call}` : ''}`);
    const limit = q.limit ?? 50;
    const after = decodeCursor(q.cursor);
    const page = pageOf(await listCallOffs(db, { ...filter, afterId: after ? Number(after[0]) : null, limit }), limit, (r) => [r.id]);
    return { items: page.items.map(presentCallOffListItem), next: page.next };
  });

  app.get(`${BASE}/:id`, {
    schema: { summary: 'A call-off: its agreement, admitted suppliers, quotes (after the deadline), supplier and contract', tags, params: IdParams, response: { 200: CallOffJson } },
  }, async (request) => presentCallOff(await findCallOffOr404(db, (request.params as Id).id)));

  app.post(BASE, {
    schema: { summary: 'Place a call-off on an awarded lot of a framework agreement: direct to an admitted supplier, or a renewed competition (officials)', tags, security,
      body: PlaceBody, response: { 201: CallOffJson } },
    onRequest,
  }, async (request, reply) => {
    const { quotesUntil, ...body } = request.body as Static<typeof PlaceBody>;
    mustManage(request.actor, (await findCallHead(db, body.callId)).call.institutionId);
    const until = quotesUntil ? new Date(quotesUntil) : null;
    if (until && Number.isNaN(until.getTime())) throw badRequest('validation.invalid');
    const id = await db.transaction((tx) => placeCallOff(tx, { ...body, quotesUntil: until }, auditActor(request.actor!)));
    return reply.code(201).send(presentCallOff(await findCallOffOr404(db, id)));
  });

  app.post(`${BASE}/:id/quotes`, {
    schema: { summary: 'Quote in a renewed competition for a supplier you represent (admitted suppliers\' representatives), until quotesUntil', tags, security,
      params: IdParams, body: QuoteBody, response: { 201: Type.Object({ quoteId: Type.Integer(), amount: Type.Integer(), submittedAt: Type.String({ format: 'date-time' }) }) } },
    onRequest,
  }, async (request, reply) => {
    const callOff = await findCallOffOr404(db, (request.params as Id).id);
    const body = request.body as Static<typeof QuoteBody>;
    const at = new Date();
    const quoteId = await db.transaction((tx) => submitQuote(tx, { callOffId: callOff.id, ...body }, auditActor(request.actor!), at));
    return reply.code(201).send({ quoteId, amount: body.amount, submittedAt: at.toISOString() });
  });

  const officialStep = (path: string, summary: string, body: typeof CancelBody | undefined,
    run: (callOffId: number, body: Static<typeof CancelBody>, actor: ReturnType<typeof auditActor>) => Parameters<typeof db.transaction>[0]) =>
    app.post(`${BASE}/:id/${path}`, { schema: { summary, tags, security, params: IdParams, ...(body ? { body } : {}), response: { 200: CallOffJson } }, onRequest },
      async (request) => {
        const callOff = await findCallOffOr404(db, (request.params as Id).id);
        mustManage(request.actor, callOff.institutionId);
        await db.transaction(run(callOff.id, request.body as Static<typeof CancelBody>, auditActor(request.actor!)));
        return presentCallOff(await findCallOffOr404(db, callOff.id));
      });
  officialStep('award', 'Award a renewed competition after its deadline to the lowest quote, ties to the earlier (officials)', undefined,
    (callOffId, _body, actor) => (tx) => awardCallOff(tx, { callOffId }, actor));
  officialStep('cancellation', 'Cancel a call-off still in competition, with its reasons (officials)', CancelBody,
    (callOffId, body, actor) => (tx) => cancelCallOff(tx, { callOffId, reason: body.reason }, actor));
}
