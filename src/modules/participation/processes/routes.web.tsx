// Pages of processes: the overview (/participacion), an institution's processes, a process, and the officials' forms
// to create and edit one (real forms: POST, 303 with a flash, 422 with the values kept).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { notFound } from '../../../core/http/errors.js';
import { pageOf } from '../../../core/http/pagination.js';
import { RefParams, institutionFor } from '../../../core/tenancy/access.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import type { Actor } from '../../../core/policy.js';
import { findProcess, institutionsByIds, listProcesses, listProcessInstitutions } from './queries.js';
import { formatPhaseDate } from './dates.js';
import { canManageProcesses, editableProcess, managedInstitutionIds, submitNewProcess, submitProcessEdit } from './service.js';
import { exportProcesses, filterOf, ListQuery } from './routes.api.js';
import { problemState, readProcessForm, valuesOf, type ProcessFormState } from './form.js';
import { editProcessPath, institutionProcessesPath, newProcessPath, OVERVIEW_PATH, processPath } from './paths.js';
import { InstitutionProcessesPage, OverviewPage } from './views/overview.js';
import { ProcessPage } from './views/process.js';
import { ProcessFormPage } from './views/form.js';
import { FollowButton } from '../notifications/follow-button.js';
import { isFollowing } from '../notifications/queries.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const PAGE = 24;

export async function processPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {

  async function listed(request: FastifyRequest, reply: FastifyReply, q: ListQuery) {
    const filter = await filterOf(db, q, PAGE);
    if (q.format) return { exported: exportProcesses(db, filter, q.format, reply) };
    return pageOf(await listProcesses(db, filter), PAGE, (r) => [r.id]);
  }

  app.get(OVERVIEW_PATH, { schema: { hide: true, querystring: ListQuery } }, async (request, reply) => {
    const q = request.query as ListQuery;
    const page = await listed(request, reply, q);
    if ('exported' in page) return page.exported;
    return reply.html(<OverviewPage ctx={request.view()} query={q} {...page} institutions={await listProcessInstitutions(db)}
      managed={await institutionsByIds(db, managedInstitutionIds(request.actor))} />);
  });

  app.get('/instituciones/:ref/participacion', { schema: { hide: true, params: RefParams, querystring: ListQuery } }, async (request, reply) => {
    const institution = await findInstitution(db, (request.params as Static<typeof RefParams>).ref);
    if (!institution) throw notFound();
    const q = { ...(request.query as ListQuery), institution: institution.slug };
    const page = await listed(request, reply, q);
    if ('exported' in page) return page.exported;
    return reply.html(<InstitutionProcessesPage ctx={request.view()} institution={institution} query={q} {...page}
      canCreate={canManageProcesses(request.actor, institution.id)} />);
  });

  app.get('/participacion/procesos/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const process = await findProcess(db, (request.params as Static<typeof IdParams>).id);
    if (!process) throw notFound();
    const ctx = request.view();
    const subject = { type: 'process' as const, id: process.id };
    const following = await isFollowing(db, request.actor?.personId ?? null, subject);
    return reply.html(<ProcessPage ctx={ctx} process={process} canEdit={canManageProcesses(request.actor, process.institutionId)}
      follow={<FollowButton ctx={ctx} subject={subject} following={following} back={processPath(process.id)} />} />);
  });

  // Creating: /instituciones/{slug}/participacion/procesos/nuevo
  function renderNew(request: FastifyRequest, reply: FastifyReply, institution: { slug: string; name: string }, state: ProcessFormState, status = 200) {
    const { t } = request;
    return reply.html(<ProcessFormPage ctx={request.view()} title={t('participation.process.new')} action={newProcessPath(institution.slug)}
      institution={institution} state={state} editing={false} breadcrumbs={[{ href: '/', label: t('nav.home') },
        { href: institutionProcessesPath(institution.slug), label: t('participation.process.ofInstitution', { institution: institution.name }) },
        { label: t('participation.process.new') }]} />, status);
  }

  app.get('/instituciones/:ref/participacion/procesos/nuevo', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution } = await institutionFor(db, request, canManageProcesses);
    const scope = institution.kind === 'regional_government' ? 'region' : 'comuna';
    return renderNew(request, reply, institution, { values: { scope, scopeCode: institution.cutCode ?? '' } });
  });

  app.post('/instituciones/:ref/participacion/procesos/nuevo', { schema: { hide: true, params: RefParams } }, async (request, reply) => {
    const { institution, actor } = await institutionFor(db, request, canManageProcesses);
    const form = readProcessForm(request.body, request.t);
    if (!form.ok) return renderNew(request, reply, institution, form.state, 422);
    const { submission, slots: _, ...input } = form.value;
    const outcome = await submitNewProcess(db, actor, institution, input, (d: Date) => formatPhaseDate(request.locale, d), submission);
    if (!outcome.ok) return renderNew(request, reply, institution, problemState(form.value, request.body as Record<string, string>, outcome.problem, request.t), 422);
    return reply.flash('success', 'participation.process.created', { title: input.title }).redirect(processPath(outcome.id), 303);
  });

  // Editing: /participacion/procesos/{id}/editar
  async function renderEdit(request: FastifyRequest, reply: FastifyReply, id: number, state?: ProcessFormState, status = 200) {
    const { process } = await editableProcess(db, request.actor, id);
    const { t } = request;
    const institution = { slug: process.institutionSlug, name: process.institutionName };
    return reply.html(<ProcessFormPage ctx={request.view()} title={t('participation.process.edit')} action={editProcessPath(id)}
      institution={institution} state={state ?? { values: valuesOf(process) }} editing breadcrumbs={[{ href: '/', label: t('nav.home') },
        { href: OVERVIEW_PATH, label: t('participation.title') }, { href: processPath(id), label: process.title }, { label: t('participation.process.edit') }]} />, status);
  }

  app.get('/participacion/procesos/:id/editar', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    renderEdit(request, reply, (request.params as Static<typeof IdParams>).id));

  app.post('/participacion/procesos/:id/editar', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const id = (request.params as Static<typeof IdParams>).id;
    const { process, institution } = await editableProcess(db, request.actor, id);
    const form = readProcessForm(request.body, request.t);
    if (!form.ok) return renderEdit(request, reply, id, form.state, 422);
    const { submission: _s, slots: _, ...input } = form.value;
    const outcome = await submitProcessEdit(db, request.actor as Actor, process, institution, input, (d: Date) => formatPhaseDate(request.locale, d));
    if (!outcome.ok) return renderEdit(request, reply, id, problemState(form.value, request.body as Record<string, string>, outcome.problem, request.t), 422);
    return reply.flash('success', 'participation.process.saved').redirect(processPath(id), 303);
  });
}
