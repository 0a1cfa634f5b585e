// /api/v1/participation/proposals: the index of a process (filters, sort, cursor; ?format=csv|json streams it all),
// one proposal and its public history, writing (residents, Idempotency-Key), supporting (PUT/DELETE …/support) and
// officials' answers and reviews; the per-process settings (threshold, levels) under the process.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, conflict, unauthorized, forbidden } from '../../../core/http/errors.js';
import { PageQuery } from '../../../core/http/pagination.js';
import { proposalHistory, findProposal } from './queries.js';
import { processOf, submitProposal, submitSupport, visibleProposal } from './service.js';
import { HistoryJson, ProposalJson, ProposalListItemJson, presentHistory, presentProposal } from './present.js';
import { AnswerFields, ListFields, ProposalFields, SettingsBody, parseCost } from './validation.js';
import { canAnswerProposals } from './policy.js';
import { answerProposal, reviewProposal } from './commands/answer-proposal.js';
import { saveSettings } from './commands/save-settings.js';
import { listPage, streamList } from './listing.js';

const tags = ['participation'];
const security = [{ bearer: [] }];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ListQuery = Type.Composite([PageQuery, Type.Object({ process: Type.Integer({ minimum: 1 }), ...ListFields,
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])) })]);
const NewBody = Type.Object({ process: Type.Integer({ minimum: 1 }), ...ProposalFields }, { additionalProperties: false });
const AnswerBody = Type.Object(AnswerFields, { additionalProperties: false });
const ReviewBody = Type.Object({ decision: Type.Union([Type.Literal('publish'), Type.Literal('discard')]), note: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) });
const SupportJson = Type.Object({ supported: Type.Boolean(), changed: Type.Boolean(), supportsCount: Type.Integer(), state: Type.String() });
type Id = Static<typeof IdParams>;
/** Writes answer 401 to the anonymous before any other check (CSRF included: an API client has no cookies). */
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };

export async function proposalApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/participation/proposals', {
    schema: { summary: 'Proposals of a process (public states; officials may ask for state=held), newest or most supported first, by cursor; ?format=csv|json exports the filtered list',
      tags, querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(ProposalListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const process = await processOf(db, q.process);
    if (q.format) return streamList(db, reply, request.actor, process, q, q.format);
    return listPage(db, request.actor, process, q);
  });

  app.get('/api/v1/participation/proposals/:id', { schema: { summary: 'A proposal, its supports count and official answer', tags, params: IdParams, response: { 200: ProposalJson } } },
    async (request) => presentProposal(await visibleProposal(db, request.actor, (request.params as Id).id)));

  app.get('/api/v1/participation/proposals/:id/history', { schema: { summary: 'Public history of a proposal\'s states', tags, params: IdParams, response: { 200: HistoryJson } } },
    async (request) => presentHistory(await proposalHistory(db, (await visibleProposal(db, request.actor, (request.params as Id).id)).id)));

  app.post('/api/v1/participation/proposals', {
    schema: { summary: 'Write a proposal while the process\'s phase enables proposals (signed-in residents; held for review when spam-like)', tags, security,
      body: NewBody, headers: IdempotencyHeaders, response: { 201: ProposalJson } },
    onRequest,
  }, async (request, reply) => {
    const { process: processId, ...input } = request.body as Static<typeof NewBody>;
    const id = await submitProposal(db, request.actor, await processOf(db, processId), input, request.headers['idempotency-key'] as string | undefined);
    return reply.code(201).send(presentProposal((await findProposal(db, id))!));
  });

  for (const method of ['PUT', 'DELETE'] as const) {
    app.route({
      method, url: '/api/v1/participation/proposals/:id/support',
      schema: { summary: method === 'PUT' ? 'Support a proposal (once per person; repeating changes nothing)' : 'Withdraw one\'s support while supports are open',
        tags, security, params: IdParams, response: { 200: SupportJson } },
      onRequest,
      handler: async (request) => {
        const proposal = await visibleProposal(db, request.actor, (request.params as Id).id);
        const changed = await submitSupport(db, request.actor, proposal, method === 'PUT');
        const now = (await findProposal(db, proposal.id))!;
        return { supported: method === 'PUT', changed, supportsCount: now.supportsCount, state: now.state };
      },
    });
  }

  app.post('/api/v1/participation/proposals/:id/answer', {
    schema: { summary: 'Answer a proposal: accepted, rejected or under evaluation, with reasons and an estimated cost (officials with the participation permission)',
      tags, security, params: IdParams, body: AnswerBody, response: { 200: ProposalJson } },
    onRequest,
  }, async (request) => {
    const proposal = await visibleProposal(db, request.actor, (request.params as Id).id);
    if (!canAnswerProposals(request.actor, proposal.institutionId)) throw denied(!!request.actor);
    const body = request.body as Static<typeof AnswerBody>;
    const done = await db.transaction((tx) => answerProposal(tx, proposal, { answer: body.answer, text: body.text, estimatedCost: parseCost(body.estimatedCost) }, request.actor!));
    if (!done) throw conflict('participation.proposal.cannotAnswer');
    return presentProposal((await findProposal(db, proposal.id))!);
  });

  app.post('/api/v1/participation/proposals/:id/review', {
    schema: { summary: 'Publish or discard a proposal held for review (officials with the participation permission)', tags, security, params: IdParams, body: ReviewBody, response: { 200: ProposalJson } },
    onRequest,
  }, async (request) => {
    const proposal = await visibleProposal(db, request.actor, (request.params as Id).id);
    if (!canAnswerProposals(request.actor, proposal.institutionId)) throw denied(!!request.actor);
    const body = request.body as Static<typeof ReviewBody>;
    if (!(await db.transaction((tx) => reviewProposal(tx, proposal, body.decision, body.note, request.actor!)))) throw conflict('participation.proposal.notHeld');
    return presentProposal((await findProposal(db, proposal.id))!);
  });

  app.put('/api/v1/participation/processes/:id/proposal-settings', {
    schema: { summary: 'Set a process\'s support threshold and the verification levels to write and to support proposals (officials)', tags, security, params: IdParams, body: SettingsBody,
      response: { 200: SettingsBody } },
    onRequest,
  }, async (request) => {
    const process = await processOf(db, (request.params as Id).id);
    if (!canAnswerProposals(request.actor, process.institutionId)) throw forbidden();
    return db.transaction((tx) => saveSettings(tx, process, request.body as Static<typeof SettingsBody>, request.actor!));
  });
}
