// /api/v1/participation/budgets: officials create participatory budgets, add and review projects and open the
// voting; residents propose projects; everyone reads budgets, projects with their review history, the results
// (JSON or CSV) and the `.pb` export. Ballots go to the budget's vote: POST /api/v1/participation/votes/{id}/ballots.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import type { Actor } from '../../../core/policy.js';
import { ballotKeys } from '../votes/ballot-secrecy.js';
import { findProcess } from '../processes/queries.js';
import { REVIEW_VERDICTS } from './schema.js';
import { budgetVotes, findProject, listProjects, reviewsOf } from './queries.js';
import { budgetOf, canOverrideResults, requireManager, resultsOf, reviewProblem, submitProject } from './service.js';
import { BudgetBody, ProjectBody, budgetInput, projectInput } from './api-bodies.js';
import { createBudget } from './commands/create-budget.js';
import { updateBudget } from './commands/update-budget.js';
import { reviewProject } from './commands/review-project.js';
import { openVoting } from './commands/open-voting.js';
import { overrideResults } from './commands/override-results.js';
import { BudgetJson, ProjectJson, ResultsJson, presentBudget, presentProject, presentResult } from './present.js';
import { budgetPabulib } from './pabulib-export.js';
import { resultCsvRows } from './results-csv.js';

const tags = ['participation'];
const security = [{ bearer: [] }];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type IdParams = Static<typeof IdParams>;
const ReviewBody = Type.Object({
  verdict: Type.Union(REVIEW_VERDICTS.map((v) => Type.Literal(v))),
  cost: Type.String({ pattern: '^[0-9]{1,15}$', description: 'Reviewed cost, integer pesos' }),
  answer: Type.String({ minLength: 10, maxLength: 5000, description: 'The public, reasoned answer' }),
}, { additionalProperties: false });
const OverrideBody = Type.Object({
  district: Type.Optional(Type.String({ maxLength: 5 })),
  selected: Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 500, description: 'Project ids funded instead of the computed ones' }),
  justification: Type.String({ maxLength: 10_000, description: 'Published with the results; at least 80 characters' }),
}, { additionalProperties: false });
const ResultsQuery = Type.Object({ format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])) });

const requireActor = async (request: { actor: Actor | null }) => { if (!request.actor) throw unauthorized(); };

export async function budgetApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const keys = ballotKeys(config.identityKey);

  app.post('/api/v1/participation/budgets', {
    schema: { summary: 'Create a participatory budget in a process (officials with the participation permission)', tags, security, body: BudgetBody, response: { 201: BudgetJson } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const body = request.body as Static<typeof BudgetBody>;
    const process = await findProcess(db, body.process);
    if (!process) throw badRequest('participation.budget.unknownProcess', { id: body.process });
    requireManager(request.actor, { institutionId: process.institutionId });
    const input = budgetInput(body, process.institutionId);
    if (input instanceof Error) throw input;
    const budget = await db.transaction((tx) => createBudget(tx, input, request.actor!));
    return reply.code(201).send(presentBudget(budget, []));
  });

  app.put('/api/v1/participation/budgets/:id', {
    schema: { summary: 'Edit a participatory budget until its voting opens (officials with the participation permission); the whole settings, as on creation',
      tags, security, params: IdParams, body: BudgetBody, response: { 200: BudgetJson } },
    onRequest: requireActor,
  }, async (request) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    requireManager(request.actor, budget);
    const body = request.body as Static<typeof BudgetBody>;
    if (body.process !== budget.processId) throw badRequest('participation.budget.processFixed');
    const input = budgetInput(body, budget.institutionId);
    if (input instanceof Error) throw input;
    return presentBudget(await db.transaction((tx) => updateBudget(tx, budget.id, input, request.actor!)), []);
  });

  app.get('/api/v1/participation/budgets/:id', { schema: { summary: 'A participatory budget: amounts, stages, ballot and tally rules, votes', tags, params: IdParams, response: { 200: BudgetJson } } },
    async (request) => {
      const budget = await budgetOf(db, (request.params as IdParams).id);
      return presentBudget(budget, await budgetVotes(db, budget.id));
    });

  app.get('/api/v1/participation/budgets/:id/projects', { schema: { summary: 'The projects with their technical review and its history', tags, params: IdParams,
    response: { 200: Type.Object({ projects: Type.Array(ProjectJson) }) } } },
  async (request) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    const projects = await listProjects(db, budget.id, false);
    const reviews = await reviewsOf(db, projects.map((p) => p.id));
    return { projects: projects.map((p) => presentProject(p, reviews)) };
  });

  app.post('/api/v1/participation/budgets/:id/projects', {
    schema: { summary: 'Propose a project (residents in the ideas stage, rate-limited; officials until voting)', tags, security, params: IdParams, body: ProjectBody,
      response: { 201: Type.Object({ id: Type.Integer(), held: Type.Boolean() }) } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    const project = await submitProject(db, request.actor, budget, projectInput(request.body as Static<typeof ProjectBody>));
    return reply.code(201).send({ id: project.id, held: project.held });
  });

  app.post('/api/v1/participation/budgets/projects/:id/review', {
    schema: { summary: 'Technical review of a project: feasible or not, reviewed cost and public answer (officials)', tags, security, params: IdParams, body: ReviewBody,
      response: { 201: Type.Object({ id: Type.Integer() }) } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const project = await findProject(db, (request.params as IdParams).id);
    if (!project) throw notFound();
    const budget = await budgetOf(db, project.budgetId);
    requireManager(request.actor, budget);
    const closed = reviewProblem(budget, new Date());
    if (closed) throw closed;
    const body = request.body as Static<typeof ReviewBody>;
    const review = await db.transaction((tx) => reviewProject(tx, { projectId: project.id, institutionId: budget.institutionId, verdict: body.verdict,
      cost: BigInt(body.cost), answer: body.answer.trim() }, request.actor!));
    return reply.code(201).send({ id: review.id });
  });

  app.post('/api/v1/participation/budgets/:id/voting', {
    schema: { summary: 'Open the voting stage: one binding vote per district with the feasible projects (officials)', tags, security, params: IdParams, response: { 201: BudgetJson } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    requireManager(request.actor, budget);
    await db.transaction((tx) => openVoting(tx, budget, request.actor!));
    return reply.code(201).send(presentBudget(budget, await budgetVotes(db, budget.id)));
  });

  app.get('/api/v1/participation/budgets/:id/results', { schema: { summary: 'Results after the close: both rules side by side, with explanations and any override',
    tags, params: IdParams, querystring: ResultsQuery, response: { 200: ResultsJson } } },
  async (request, reply) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    const results = await resultsOf(db, budget, keys);
    if (!results) throw notFound();
    const { format } = request.query as Static<typeof ResultsQuery>;
    if (format) return sendCsv(reply, format, `presupuesto-${budget.id}-resultados`, ['district', 'kind', 'rule', 'projectId', 'title', 'cost', 'funded'], resultCsvRows(db, budget.id, results.rows));
    return { budgetId: budget.id, rule: budget.rule, results: results.rows.map(presentResult) };
  });

  app.post('/api/v1/participation/budgets/:id/override', {
    schema: { summary: 'Replace the computed outcome with a published justification (institution admins; audited)', tags, security, params: IdParams, body: OverrideBody,
      response: { 201: ResultsJson } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    if (!canOverrideResults(request.actor, budget)) throw denied(true);
    const results = await resultsOf(db, budget, keys);
    const body = request.body as Static<typeof OverrideBody>;
    const vote = results?.votes.find((v) => v.district === (body.district ?? ''));
    if (!results || !vote) throw notFound();
    await db.transaction((tx) => overrideResults(tx, budget, vote, body.selected, body.justification, request.actor!));
    const after = (await resultsOf(db, budget, keys))!;
    return reply.code(201).send({ budgetId: budget.id, rule: budget.rule, results: after.rows.map(presentResult) });
  });

  app.get('/api/v1/participation/budgets/:id/pabulib', { schema: { summary: 'The budget as a pabulib .pb file (META, PROJECTS, VOTES from the sealed bulletin: anonymous)', tags, params: IdParams,
    querystring: Type.Object({ district: Type.Optional(Type.String({ maxLength: 5 })) }) } },
  async (request, reply) => {
    const budget = await budgetOf(db, (request.params as IdParams).id);
    const results = await resultsOf(db, budget, keys);
    const vote = results?.votes.find((v) => v.district === ((request.query as { district?: string }).district ?? ''));
    if (!results || !vote) throw notFound();
    const text = await budgetPabulib(db, budget, vote, results.rows);
    return reply.type('text/plain; charset=utf-8').header('content-disposition', `attachment; filename="presupuesto-${budget.id}${vote.district ? `-${vote.district}` : ''}.pb"`).send(text);
  });
}
