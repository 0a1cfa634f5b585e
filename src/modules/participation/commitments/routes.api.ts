// /api/v1/participation/commitments and /api/v1/participation/action-plans: public reads (an institution's list with
// filters and cursor, ?format=csv|json streams it; one commitment with milestones, evidence and children; its
// versions; plans with their dashboard) and officials' writes (create, edit and progress, milestones, evidence, plans).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Actor } from '../../../core/policy.js';
import { denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { commitmentVersions, listCommitments, sortKey } from './queries.js';
import { planDashboard, plansOf } from './plans.js';
import { canManageCommitments } from './policy.js';
import { commitmentOf, filterOf, institutionOf, planOf, streamCommitments, today } from './service.js';
import { CommitmentJson, CommitmentListItemJson, PlanJson, PlanListItemJson, VersionsJson, planUrl, presentCommitment, presentListItem, presentPlan,
  presentVersions } from './present.js';
import { EditableFields, EvidenceFields, FilterFields, MilestoneDoneFields, MilestoneFields, OriginFields, PlanFields } from './validation.js';
import { createCommitment, updateCommitment } from './commands/save-commitment.js';
import { addEvidence, addMilestone, setMilestoneDone } from './commands/milestones.js';
import { createActionPlan } from './commands/create-plan.js';

const tags = ['participation'];
const security = [{ bearer: [] }];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const MilestoneParams = Type.Object({ id: Type.Integer({ minimum: 1 }), milestoneId: Type.Integer({ minimum: 1 }) });
const Institution = { institution: Type.String({ minLength: 2, maxLength: 100, description: 'Institution slug or CUT code' }) };
const ListQuery = Type.Composite([PageQuery, Type.Object({ ...Institution, ...FilterFields })]);
const CreateBody = Type.Object({ ...Institution, ...OriginFields, ...EditableFields }, { additionalProperties: false });
const UpdateBody = Type.Partial(Type.Object({ ...EditableFields, expectedVersion: Type.Integer({ minimum: 1, description: 'Fails with 409 if the commitment changed since' }) }),
  { additionalProperties: false });
const PlanBody = Type.Object({ ...Institution, ...PlanFields }, { additionalProperties: false });
type Id = Static<typeof IdParams>;
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };
const may = (actor: Actor | null, institutionId: number) => { if (!canManageCommitments(actor, institutionId)) throw denied(!!actor); };

export async function commitmentApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/participation/commitments', {
    schema: { summary: 'An institution\'s commitments, newest first, by cursor, filtered by status, overdue, origin, plan, pillar or axis; ?format=csv|json exports the filtered list',
      tags, querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(CommitmentListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const institution = await institutionOf(db, q.institution);
    if (q.format) return streamCommitments(db, reply, institution, q, q.format);
    const limit = q.limit ?? 50;
    const page = pageOf(await listCommitments(db, filterOf(institution.id, q), today(), limit), limit, sortKey);
    return { items: page.items.map(presentListItem), next: page.next };
  });

  app.get('/api/v1/participation/commitments/:id', { schema: { summary: 'A commitment with its milestones, evidence, children and overdue flag', tags, params: IdParams, response: { 200: CommitmentJson } } },
    async (request) => presentCommitment(await commitmentOf(db, (request.params as Id).id)));

  app.get('/api/v1/participation/commitments/:id/versions', { schema: { summary: 'Every version of a commitment, newest first: the public snapshot, who changed it and why', tags, params: IdParams, response: { 200: VersionsJson } } },
    async (request) => presentVersions(await commitmentVersions(db, (await commitmentOf(db, (request.params as Id).id)).id)));

  app.post('/api/v1/participation/commitments', {
    schema: { summary: 'Create a commitment with its origin (officials with the participation permission)', tags, security, body: CreateBody, response: { 201: CommitmentJson } },
    onRequest,
  }, async (request, reply) => {
    const { institution: ref, ...input } = request.body as Static<typeof CreateBody>;
    const institution = await institutionOf(db, ref);
    may(request.actor, institution.id);
    const id = await db.transaction((tx) => createCommitment(tx, { ...input, institutionId: institution.id }, request.actor!));
    return reply.code(201).send(presentCommitment(await commitmentOf(db, id)));
  });

  app.patch('/api/v1/participation/commitments/:id', {
    schema: { summary: 'Edit a commitment or set its progress and status, with a note for the public history (officials)', tags, security, params: IdParams, body: UpdateBody,
      response: { 200: CommitmentJson } },
    onRequest,
  }, async (request) => {
    const current = await commitmentOf(db, (request.params as Id).id);
    may(request.actor, current.institutionId);
    await db.transaction((tx) => updateCommitment(tx, current, request.body as Static<typeof UpdateBody>, request.actor!));
    return presentCommitment(await commitmentOf(db, current.id));
  });

  app.post('/api/v1/participation/commitments/:id/milestones', {
    schema: { summary: 'Add a milestone (officials)', tags, security, params: IdParams, body: Type.Object(MilestoneFields, { additionalProperties: false }), response: { 201: CommitmentJson } },
    onRequest,
  }, async (request, reply) => {
    const current = await commitmentOf(db, (request.params as Id).id);
    may(request.actor, current.institutionId);
    await db.transaction((tx) => addMilestone(tx, current, request.body as Static<ReturnType<typeof Type.Object<typeof MilestoneFields>>>, request.actor!));
    return reply.code(201).send(presentCommitment(await commitmentOf(db, current.id)));
  });

  app.patch('/api/v1/participation/commitments/:id/milestones/:milestoneId', {
    schema: { summary: 'Mark a milestone done on a date, or not done (officials)', tags, security, params: MilestoneParams,
      body: Type.Object(MilestoneDoneFields, { additionalProperties: false }), response: { 200: CommitmentJson } },
    onRequest,
  }, async (request) => {
    const { id, milestoneId } = request.params as Static<typeof MilestoneParams>;
    const current = await commitmentOf(db, id);
    may(request.actor, current.institutionId);
    const body = request.body as { doneDate?: string; note?: string };
    if (!(await db.transaction((tx) => setMilestoneDone(tx, current, milestoneId, body.doneDate ?? null, request.actor!, body.note)))) throw notFound();
    return presentCommitment(await commitmentOf(db, id));
  });

  app.post('/api/v1/participation/commitments/:id/evidence', {
    schema: { summary: 'Add evidence (a link or a published document\'s URL) to a commitment or one of its milestones (officials)', tags, security, params: IdParams,
      body: Type.Object(EvidenceFields, { additionalProperties: false }), response: { 201: CommitmentJson } },
    onRequest,
  }, async (request, reply) => {
    const current = await commitmentOf(db, (request.params as Id).id);
    may(request.actor, current.institutionId);
    await db.transaction((tx) => addEvidence(tx, current, request.body as Parameters<typeof addEvidence>[2], request.actor!));
    return reply.code(201).send(presentCommitment(await commitmentOf(db, current.id)));
  });

  app.get('/api/v1/participation/action-plans', {
    schema: { summary: 'An institution\'s open-government action plans', tags, querystring: Type.Object(Institution), response: { 200: Type.Array(PlanListItemJson) } },
  }, async (request) => {
    const institution = await institutionOf(db, (request.query as { institution: string }).institution);
    return (await plansOf(db, institution.id)).map((p) => ({ ...p, url: planUrl(p.id) }));
  });

  app.get('/api/v1/participation/action-plans/:id', {
    schema: { summary: 'An action plan, its pillars and axes, and its progress by pillar and by axis (counts of lines done and overdue)', tags, params: IdParams,
      response: { 200: PlanJson } },
  }, async (request) => {
    const plan = await planOf(db, (request.params as Id).id);
    return presentPlan(plan, await planDashboard(db, plan, today()));
  });

  app.post('/api/v1/participation/action-plans', {
    schema: { summary: 'Create an action plan with its pillars and transversal axes (officials); its lines are commitments of origin action_plan_line', tags, security,
      body: PlanBody, response: { 201: PlanJson } },
    onRequest,
  }, async (request, reply) => {
    const { institution: ref, ...input } = request.body as Static<typeof PlanBody>;
    const institution = await institutionOf(db, ref);
    may(request.actor, institution.id);
    const { id } = await db.transaction((tx) => createActionPlan(tx, { ...input, institutionId: institution.id }, request.actor!));
    const plan = await planOf(db, id);
    return reply.code(201).send(presentPlan(plan, await planDashboard(db, plan, today())));
  });
}
