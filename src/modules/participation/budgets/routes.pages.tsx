// The budget pages (no JavaScript needed): a process's budgets, the budget with its projects and the ideas form, the
// ballot (a refused submit re-renders with the total and the error, 422, choices kept; the receipt is the POST's own
// answer, as for every vote), the results with their explanation, and the ballot's small counter script.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { ballotStanding } from '../votes/standing.js';
import { HttpError, notFound } from '../../../core/http/errors.js';
import { meetsVerification } from '../../../core/policy.js';
import { findProcess } from '../processes/queries.js';
import { findVote, voteResults, type VoteWithOptions } from '../votes/queries.js';
import { submitBallot } from '../votes/submit-ballot.js';
import { ballotKeys } from '../votes/ballot-secrecy.js';
import { ReceiptPage } from '../votes/views/receipt.js';
import { valuesOf } from '../votes/form.js';
import { budgetVotes, listProcessBudgets, listProjects, reviewsOf, type Budget } from './queries.js';
import { budgetOf, canManageBudget, resultsOf, submitProject } from './service.js';
import { readBallotForm, readProjectForm } from './form.js';
import { BALLOT_COUNTER_JS } from './ballot-counter.js';
import { BudgetPage, ProcessBudgetsPage, type ProjectForm } from './views/budget-page.js';
import { BALLOT_SCRIPT_PATH, BallotPage, type BudgetBallotForm } from './views/ballot-page.js';
import { ResultsPage } from './views/results-page.js';
import { budgetPath } from './views/common.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const BallotQuery = Type.Object({ distrito: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })) });
const page = { schema: { hide: true, params: IdParams } };
const ballotPage = { schema: { hide: true, params: IdParams, querystring: BallotQuery } };

export async function budgetPageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const keys = ballotKeys(config.identityKey);
  async function load(request: FastifyRequest) {
    const budget = await budgetOf(db, (request.params as Static<typeof IdParams>).id);
    const process = (await findProcess(db, budget.processId))!;
    return { budget, process: { id: process.id, title: process.title } };
  }

  app.get(BALLOT_SCRIPT_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(BALLOT_COUNTER_JS));

  app.get('/participacion/procesos/:id/presupuestos', page, async (request, reply) => {
    const process = await findProcess(db, (request.params as Static<typeof IdParams>).id);
    if (!process) throw notFound();
    return reply.html(<ProcessBudgetsPage ctx={request.view()} process={{ id: process.id, title: process.title }} budgets={await listProcessBudgets(db, process.id)} />);
  });

  async function renderBudget(request: FastifyRequest, reply: FastifyReply, form?: ProjectForm, status = 200, notice?: string) {
    const { budget, process } = await load(request);
    const projects = await listProjects(db, budget.id, canManageBudget(request.actor, budget));
    const reviews = await reviewsOf(db, projects.map((p) => p.id));
    return reply.html(<BudgetPage ctx={request.view()} budget={budget} process={process} projects={projects} reviews={reviews} votes={await budgetVotes(db, budget.id)}
      canPropose={!!request.actor && meetsVerification(request.actor, 'email')} canManage={canManageBudget(request.actor, budget)} form={form} notice={notice} />, status);
  }

  app.get('/participacion/presupuestos/:id', page, async (request, reply) => renderBudget(request, reply));

  app.post('/participacion/presupuestos/:id/proyectos', page, async (request, reply) => {
    const { budget } = await load(request);
    const form = readProjectForm(request.body, request.t);
    if (!form.ok) return renderBudget(request, reply, { values: form.values, errors: form.errors }, 422);
    try {
      const project = await submitProject(db, request.actor, budget, form.value);
      return reply.flash('success', project.held ? 'participation.budget.propose.held' : 'participation.budget.propose.done')
        .redirect(`${budgetPath(budget.id)}#proyecto-${project.id}`, 303);
    } catch (err) {
      if (!(err instanceof HttpError) || err.statusCode !== 409) throw err;
      const message = request.t(err.messageKey, err.params);
      return renderBudget(request, reply, { values: valuesOf(request.body), errors: { title: message } }, 409, message);
    }
  });

  /** The district's vote (the only one when the budget is not split); 404 when voting has not been opened. */
  async function ballotOf(request: FastifyRequest, budget: Budget) {
    const district = (request.query as Static<typeof BallotQuery>).distrito ?? '';
    const votes = await budgetVotes(db, budget.id);
    const chosen = votes.find((v) => v.district === district) ?? (votes.length === 1 ? votes[0] : undefined);
    if (!chosen) throw notFound();
    return { vote: (await findVote(db, chosen.voteId))!, district: chosen.district };
  }

  const standingOf = (request: FastifyRequest, vote: VoteWithOptions) => ballotStanding(db, config, request.actor, vote);

  async function renderBallot(request: FastifyRequest, reply: FastifyReply, form?: BudgetBallotForm, status = 200, notice?: string) {
    const { budget, process } = await load(request);
    const { vote, district } = await ballotOf(request, budget);
    return reply.html(<BallotPage ctx={request.view()} budget={budget} process={process} vote={vote} district={district}
      standing={await standingOf(request, vote)} form={form} notice={notice} />, status);
  }

  app.get('/participacion/presupuestos/:id/votar', ballotPage, async (request, reply) => renderBallot(request, reply));

  app.post('/participacion/presupuestos/:id/votar', ballotPage, async (request, reply) => {
    const { budget, process } = await load(request);
    const { vote } = await ballotOf(request, budget);
    const ballot = readBallotForm(request.body, vote);
    const outcome = await submitBallot(db, config, request.actor, vote, ballot.choices, undefined, ballot.points);
    if (outcome.ok) {
      reply.header('cache-control', 'no-store');
      return reply.html(<ReceiptPage ctx={request.view()} vote={vote} process={process} receipt={outcome.receipt} />, 201);
    }
    const message = request.t(outcome.error.messageKey, outcome.error.params);
    if (outcome.error.statusCode === 400) return renderBallot(request, reply, { checked: ballot.choices, points: ballot.raw, error: message }, 422);
    return renderBallot(request, reply, { checked: [] }, outcome.error.statusCode, message);
  });

  app.get('/participacion/presupuestos/:id/resultados', page, async (request, reply) => {
    const { budget, process } = await load(request);
    const results = await resultsOf(db, budget, keys);
    const projects = await listProjects(db, budget.id, false);
    let turnout = 0;
    for (const v of results?.votes ?? []) turnout += (await voteResults(db, (await findVote(db, v.voteId))!)).countedBallots;
    return reply.html(<ResultsPage ctx={request.view()} budget={budget} process={process} projects={projects} rows={results?.rows ?? null} turnout={turnout} />);
  });
}
