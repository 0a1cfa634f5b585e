// The officials' budget pages (no JavaScript): the technical review of a project and opening the voting stage.
// Each refuses readers without the participation permission of the budget's institution (401/403).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { findProcess } from '../processes/queries.js';
import { valuesOf } from '../votes/form.js';
import { REVIEW_VERDICTS } from './schema.js';
import { findProject } from './queries.js';
import { budgetOf, requireManager, reviewProblem } from './service.js';
import { reviewProject } from './commands/review-project.js';
import { openVoting } from './commands/open-voting.js';
import { ReviewPage, type ReviewFormState } from './views/review-page.js';
import { budgetPath } from './views/common.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const page = { schema: { hide: true, params: IdParams } };
const ReviewForm = Type.Object({
  verdict: Type.Union(REVIEW_VERDICTS.map((v) => Type.Literal(v))),
  cost: Type.String({ pattern: '^\\$?\\s*[0-9]{1,3}([.]?[0-9]{3}){0,4}$' }),
  answer: Type.String({ minLength: 10, maxLength: 5000 }),
});

export async function budgetOfficialRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function load(request: FastifyRequest) {
    const project = await findProject(db, (request.params as Static<typeof IdParams>).id);
    if (!project) throw notFound();
    const budget = await budgetOf(db, project.budgetId);
    requireManager(request.actor, budget);
    const process = (await findProcess(db, budget.processId))!;
    return { project, budget, process: { id: process.id, title: process.title } };
  }
  async function render(request: FastifyRequest, reply: FastifyReply, form: ReviewFormState, status = 200) {
    const { project, budget, process } = await load(request);
    return reply.html(<ReviewPage ctx={request.view()} budget={budget} process={process} project={project} form={form} />, status);
  }

  app.get('/participacion/presupuestos/proyectos/:id/revision', page, async (request, reply) => render(request, reply, { values: {} }));

  app.post('/participacion/presupuestos/proyectos/:id/revision', page, async (request, reply) => {
    const { project, budget } = await load(request);
    const form = parseForm(ReviewForm, request.body, request.t);
    if (!form.ok) return render(request, reply, { values: form.values, errors: form.errors }, 422);
    const closed = reviewProblem(budget, new Date());
    if (closed) return render(request, reply, { values: valuesOf(request.body), errors: { verdict: request.t(closed.messageKey) } }, 409);
    await db.transaction((tx) => reviewProject(tx, { projectId: project.id, institutionId: budget.institutionId, verdict: form.value.verdict,
      cost: BigInt(form.value.cost.replace(/[^0-9]/g, '')), answer: form.value.answer }, request.actor!));
    return reply.flash('success', 'participation.budget.reviewForm.done').redirect(`${budgetPath(budget.id)}#proyecto-${project.id}`, 303);
  });

  app.post('/participacion/presupuestos/:id/votacion', page, async (request, reply) => {
    const budget = await budgetOf(db, (request.params as Static<typeof IdParams>).id);
    requireManager(request.actor, budget);
    try {
      await db.transaction((tx) => openVoting(tx, budget, request.actor!));
      return reply.flash('success', 'participation.budget.openVoting.done').redirect(budgetPath(budget.id), 303);
    } catch (err) {
      if (!(err instanceof HttpError) || err.statusCode !== 409) throw err;
      return reply.flash('error', err.messageKey, err.params).redirect(budgetPath(budget.id), 303);
    }
  });
}
