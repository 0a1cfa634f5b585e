// /api/v1/procurement/contracts: public reads (a call's or an institution's contracts by cursor, ?format=csv|json
// streams them; one contract with its milestones and payments) and officials' writes (sign, plan and meet milestones,
// record payments, terminate, link a grant agreement to the incubator), each one transaction, audited.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { auditActor } from '../../../core/policy.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { findContractOr404, institutionOfAward, listContracts } from './queries.js';
import { findCallOffOr404 } from './queries-call-offs.js';
import { ContractJson, ContractListItemJson, presentContract, presentContractListItem } from './present.js';
import { ContractFields, MeetFields, MilestoneFields, PaymentFields, Reason, SignTarget } from './validation.js';
import { mustManage, streamContracts } from './service.js';
import { signContract } from './commands/sign-contract.js';
import { meetMilestone, planMilestone } from './commands/milestones.js';
import { recordPayment } from './commands/record-payment.js';
import { linkIncubator, terminateContract } from './commands/terminate-contract.js';
import type { Tx } from '../../../core/db/client.js';

const tags = ['procurement'];
const security = [{ bearer: [] }];
const BASE = '/api/v1/procurement/contracts';
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const MilestoneParams = Type.Object({ id: Type.Integer({ minimum: 1 }), milestoneId: Type.Integer({ minimum: 1 }) });
const ListQuery = Type.Composite([PageQuery, Type.Object({
  call: Type.Optional(Type.Integer({ minimum: 1, description: 'A call\'s contracts (its own and its call-offs\')' })),
  institution: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'Institution slug or CUT code' })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])),
})]);
const SignBody = Type.Object({ ...SignTarget, ...ContractFields }, { additionalProperties: false, description: 'Exactly one of awardId and callOffId' });
const strict = <T extends Record<string, Parameters<typeof Type.Object>[0][string]>>(fields: T) => Type.Object(fields, { additionalProperties: false });
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };
type Id = Static<typeof IdParams>;

export async function contractApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(BASE, {
    schema: { summary: 'Contracts, oldest first, by cursor, of a call or an institution; ?format=csv|json exports them', tags, querystring: ListQuery,
      response: { 200: Type.Object({ items: Type.Array(ContractListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const institutionId = q.institution ? (await findInstitutionOr404(db, q.institution)).id : undefined;
    const filter = { callId: q.call, institutionId };
    if (q.format) return streamContracts(db, reply, filter, q.format, `contratos${q.call ? `-${q.call}` : ''}`);
    const limit = q.limit ?? 50;
    const after = decodeCursor(q.cursor);
    const page = pageOf(await listContracts(db, { ...filter, afterId: after ? Number(after[0]) : null, limit }), limit, (r) => [r.id]);
    return { items: page.items.map(presentContractListItem), next: page.next };
  });

  app.get(`${BASE}/:id`, { schema: { summary: 'A contract with its milestones, payments and OCDS record link', tags, params: IdParams, response: { 200: ContractJson } } },
    async (request) => presentContract(await findContractOr404(db, (request.params as Id).id)));

  app.post(BASE, {
    schema: { summary: 'Sign the contract of an active award of an awarded lot, or of a placed call-off (officials)', tags, security, body: SignBody, response: { 201: ContractJson } },
    onRequest,
  }, async (request, reply) => {
    const body = request.body as Static<typeof SignBody>;
    if ((body.awardId === undefined) === (body.callOffId === undefined)) throw notFound();
    mustManage(request.actor, body.callOffId !== undefined ? (await findCallOffOr404(db, body.callOffId)).institutionId : await institutionOfAward(db, body.awardId!));
    const id = await db.transaction((tx) => signContract(tx, body, auditActor(request.actor!)));
    return reply.code(201).send(presentContract(await findContractOr404(db, id)));
  });

  /** The contract, after checking the actor manages its institution's procurement. */
  const managed = async (request: { params: unknown; actor: Parameters<typeof mustManage>[0] }) => {
    const c = await findContractOr404(db, (request.params as Id).id);
    mustManage(request.actor, c.call.institutionId);
    return c;
  };
  const write = <S extends ReturnType<typeof strict>>(path: string, summary: string, body: S, status: number,
    run: (tx: Tx, c: Awaited<ReturnType<typeof managed>>, v: Static<S>, actor: ReturnType<typeof auditActor>, params: Record<string, number>) => Promise<unknown>) =>
    app.post(`${BASE}/:id${path}`, {
      schema: { summary, tags, security, params: path.includes(':milestoneId') ? MilestoneParams : IdParams, body, response: { [status]: ContractJson } }, onRequest,
    }, async (request, reply) => {
      const c = await managed(request);
      await db.transaction((tx) => run(tx, c, request.body as Static<S>, auditActor(request.actor!), request.params as Record<string, number>));
      return reply.code(status).send(presentContract(await findContractOr404(db, c.id)));
    });

  write('/milestones', 'Plan a milestone (officials)', strict(MilestoneFields), 201, (tx, c, v, actor) =>
    planMilestone(tx, { contractId: c.id, ...v }, actor));
  write('/milestones/:milestoneId/met', 'Mark a milestone met on a day (officials): OCDS implementation', strict(MeetFields), 200, (tx, c, v, actor, p) =>
    meetMilestone(tx, { contractId: c.id, milestoneId: p.milestoneId!, metOn: v.metOn }, actor));
  write('/payments', 'Record a payment (officials); on a budget line it also becomes the institution\'s budget execution', strict(PaymentFields), 201, (tx, c, v, actor) =>
    recordPayment(tx, { contractId: c.id, ...v }, actor));
  write('/termination', 'Terminate the contract with its reasons (officials)', strict({ reason: Reason }), 200, (tx, c, v, actor) =>
    terminateContract(tx, { contractId: c.id, reason: v.reason }, actor));
  write('/incubator', 'Link a grant agreement to its initiative in the incubator, or unlink it with an empty value (officials)',
    strict({ incubatorRef: Type.String({ maxLength: 500 }) }), 200, (tx, c, v, actor) =>
      linkIncubator(tx, { contractId: c.id, incubatorRef: v.incubatorRef || null }, actor));

}
