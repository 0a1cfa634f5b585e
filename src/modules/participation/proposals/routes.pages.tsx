// Pages of proposals, all working without JavaScript: the index of a process (GET filters; ?format=csv|json streams the
// filtered list), the new-proposal form, a proposal's page, and the POSTs of supports, answers and reviews, each
// redirecting 303 with a flash; a refused write (closed phase, level, limit) comes back as a flash or the form's summary.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, conflict, denied } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { parseForm } from '../../../core/http/form.js';
import { SUBMISSION_FIELD, SubmissionField } from '../../../core/http/idempotency.js';
import { meetsVerification } from '../../../core/policy.js';
import { isFollowing } from '../notifications/queries.js';
import { findProposal, hasSupported, listProposals, proposalHistory, proposalSettings, sortKey, type ProposalDetail } from './queries.js';
import { phaseProblem, processOf, submitProposal, submitSupport, visibleProposal } from './service.js';
import { filterOf, streamList } from './listing.js';
import { canAnswerProposals, canSupport } from './policy.js';
import { proposalUrl } from './present.js';
import { AnswerFields, ListFields, ProposalFields, parseCost } from './validation.js';
import { answerProposal, reviewProposal } from './commands/answer-proposal.js';
import { ProposalIndexPage, indexPath } from './views/index-page.js';
import { NewProposalPage, type FormState } from './views/forms.js';
import { ProposalPage, type SupportBox } from './views/proposal-page.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Id = Static<typeof IdParams>;
const IndexQuery = Type.Composite([PageQuery, Type.Object({ ...ListFields, format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])) })]);
const NewForm = Type.Object({ ...ProposalFields, [SUBMISSION_FIELD]: SubmissionField });
const AnswerForm = Type.Object(AnswerFields);
const ReviewForm = Type.Object({ decision: Type.Union([Type.Literal('publish'), Type.Literal('discard')]), note: Type.String({ minLength: 1, maxLength: 2000 }) });
const PAGE_SIZE = 24;

export async function proposalPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(indexPath(':id'), { schema: { hide: true, params: IdParams, querystring: IndexQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof IndexQuery>;
    const process = await processOf(db, (request.params as Id).id);
    if (q.format) return streamList(db, reply, request.actor, process, q, q.format);
    const filter = filterOf(request.actor, process, q);
    const page = pageOf(await listProposals(db, filter, PAGE_SIZE), PAGE_SIZE, sortKey(filter.sort));
    const { supportThreshold } = await proposalSettings(db, process.id);
    const canWrite = phaseProblem(process, new Date()) === null;
    return reply.html(<ProposalIndexPage ctx={request.view()} process={process} filter={{ ...filter, cursor: q.cursor }} rows={page.items} next={page.next}
      threshold={supportThreshold} canWrite={canWrite} />);
  });

  app.get(`${indexPath(':id')}/nueva`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const process = await processOf(db, (request.params as Id).id);
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    return reply.html(<NewProposalPage ctx={request.view()} process={process} />);
  });

  app.post(indexPath(':id'), { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const process = await processOf(db, (request.params as Id).id);
    if (!request.actor) throw denied(false);
    const form = parseForm(NewForm, request.body, request.t);
    const render = (state: FormState, status: number) => reply.html(<NewProposalPage ctx={request.view()} process={process} form={state} />, status);
    if (!form.ok) return render(form, 422);
    const { [SUBMISSION_FIELD]: key, ...input } = form.value;
    try {
      const id = await submitProposal(db, request.actor, process, input, key);
      const held = (await findProposal(db, id))!.state === 'held';
      return reply.flash(held ? 'info' : 'success', held ? 'participation.proposal.createdHeld' : 'participation.proposal.created').redirect(proposalUrl(id), 303);
    } catch (e) {
      // The rule that refused it, shown above the form with what was typed kept.
      if (e instanceof HttpError && e.statusCode !== 401) return render({ values: form.value as Record<string, string>, errors: { form: request.t(e.messageKey, e.params) } }, e.statusCode);
      throw e;
    }
  });

  async function renderProposal(request: FastifyRequest, reply: FastifyReply, proposal: ProposalDetail, answerForm?: FormState, status = 200) {
    const actor = request.actor;
    const settings = await proposalSettings(db, proposal.processId);
    const open = phaseProblem(await processOf(db, proposal.processId), new Date()) === null;
    const supportStatus: SupportBox['status'] = !open ? 'closed' : !actor ? 'signIn' : canSupport(actor, settings) ? 'can'
      : meetsVerification(actor, 'email') ? 'verify' : 'confirmEmail';
    const support = { threshold: settings.supportThreshold, status: supportStatus, supported: await hasSupported(db, proposal.id, actor?.personId ?? null) };
    return reply.html(<ProposalPage ctx={request.view()} proposal={proposal} history={await proposalHistory(db, proposal.id)} support={support}
      following={await isFollowing(db, actor?.personId ?? null, { type: 'proposal', id: proposal.id })} answerForm={answerForm} />, status);
  }

  app.get('/participacion/propuestas/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    renderProposal(request, reply, await visibleProposal(db, request.actor, (request.params as Id).id)));

  for (const [suffix, on] of [['apoyo', true], ['apoyo/retirar', false]] as const) {
    app.post(`/participacion/propuestas/:id/${suffix}`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
      const proposal = await visibleProposal(db, request.actor, (request.params as Id).id);
      try {
        await submitSupport(db, request.actor, proposal, on);
        reply.flash('success', on ? 'participation.proposal.supported' : 'participation.proposal.withdrawn');
      } catch (e) {
        if (!(e instanceof HttpError) || e.statusCode === 401) throw e;
        reply.flash('error', e.messageKey, e.params);
      }
      return reply.redirect(proposalUrl(proposal.id), 303);
    });
  }

  app.post('/participacion/propuestas/:id/respuesta', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const proposal = await visibleProposal(db, request.actor, (request.params as Id).id);
    if (!canAnswerProposals(request.actor, proposal.institutionId)) throw denied(!!request.actor);
    const form = parseForm(AnswerForm, request.body, request.t);
    if (!form.ok) return renderProposal(request, reply, proposal, form, 422);
    const { answer, text, estimatedCost } = form.value;
    if (!(await db.transaction((tx) => answerProposal(tx, proposal, { answer, text, estimatedCost: parseCost(estimatedCost) }, request.actor!)))) {
      throw conflict('participation.proposal.cannotAnswer');
    }
    return reply.flash('success', 'participation.proposal.answered').redirect(proposalUrl(proposal.id), 303);
  });

  app.post('/participacion/propuestas/:id/revision', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const proposal = await visibleProposal(db, request.actor, (request.params as Id).id);
    if (!canAnswerProposals(request.actor, proposal.institutionId)) throw denied(!!request.actor);
    const form = parseForm(ReviewForm, request.body, request.t);
    if (!form.ok) return renderProposal(request, reply, proposal, undefined, 422);
    if (!(await db.transaction((tx) => reviewProposal(tx, proposal, form.value.decision, form.value.note, request.actor!)))) throw conflict('participation.proposal.notHeld');
    return reply.flash('success', 'participation.proposal.reviewed').redirect(proposalUrl(proposal.id), 303);
  });
}
