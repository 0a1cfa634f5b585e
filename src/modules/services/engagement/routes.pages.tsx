// The engagement pages, working without JavaScript: the needs backlog with its "add a need" and answer forms, the
// satisfaction surveys and the new-survey form. Each POST redirects 303 with a flash, or re-renders its form with the
// values kept and the errors (422, or the status of the rule that refused it); nothing is written on error.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, InvalidField, denied, notFound } from '../../../core/http/errors.js';
import { PageQuery, decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { parseForm } from '../../../core/http/form.js';
import { toSantiagoDate, fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { proposalUrl } from '../../participation/index.js';
import { findServiceBySlug, type ServiceRecord } from '../registry/queries.js';
import { canManageService } from '../policy.js';
import { findBacklog, listSurveys, needKey } from './queries.js';
import { addNeed, answerNeed, canAddNeed } from './needs.js';
import { createSurvey } from './commands/create-survey.js';
import { AnswerForm, NeedForm, SurveyForm, checkSurveyDates } from './validation.js';
import { NeedsPage, type NeedsPageProps } from './views/needs-page.js';
import { SatisfactionPage } from './views/satisfaction-page.js';
import { NewSurveyPage } from './views/new-survey-page.js';
import { needsPath, satisfactionPath, type FormState } from './views/common.js';

const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }) });
const AnswerParams = Type.Composite([SlugParams, Type.Object({ id: Type.Integer({ minimum: 1 }) })]);
const PAGE_SIZE = 30;

async function serviceOf(db: ModuleDeps['db'], request: FastifyRequest): Promise<ServiceRecord> {
  const service = await findServiceBySlug(db, (request.params as Static<typeof SlugParams>).slug);
  if (!service) throw notFound();
  return service;
}

/** A refusal of participation's rules (closed phase, level, rate limit) shown above the form; other errors go on. */
const refusal = (e: unknown, request: FastifyRequest): { status: number; errors: Record<string, string> } | null => {
  if (e instanceof InvalidField) return { status: 422, errors: { [e.field]: request.t(e.messageKey, e.params) } };
  if (e instanceof HttpError && e.statusCode !== 401 && e.statusCode !== 404) return { status: e.statusCode, errors: { form: request.t(e.messageKey, e.params) } };
  return null;
};

export async function engagementPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  async function renderNeeds(request: FastifyRequest, reply: FastifyReply, service: ServiceRecord,
    forms: Pick<NeedsPageProps, 'needForm' | 'answerForm'> = {}, status = 200) {
    const cursor = (request.query as Static<typeof PageQuery> | undefined)?.cursor;
    const { rows, total } = await findBacklog(db, service.needsProcessId, PAGE_SIZE, decodeCursor(cursor));
    const page = pageOf(rows, PAGE_SIZE, needKey);
    const actor = request.actor;
    const add = !actor ? 'signIn' : canAddNeed(actor) ? 'add' : 'confirmEmail';
    return reply.html(<NeedsPage ctx={request.view()} service={service} needs={page.items} total={total} next={page.next} firstPage={!cursor}
      add={add} canAnswer={canManageService(actor, service.parties)} {...forms} />, status);
  }

  app.get('/servicios/:slug/necesidades', { schema: { hide: true, params: SlugParams, querystring: PageQuery } }, async (request, reply) =>
    renderNeeds(request, reply, await serviceOf(db, request)));

  app.post('/servicios/:slug/necesidades', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await serviceOf(db, request);
    if (!request.actor) throw denied(false);
    const form = parseForm(NeedForm, request.body, request.t);
    if (!form.ok) return renderNeeds(request, reply, service, { needForm: form }, 422);
    const { submission, ...input } = form.value;
    try {
      const { id, held } = await addNeed(db, request.actor, service, input, submission);
      // A held need is seen only by its author and officials: its own page says so; a published one is in the backlog.
      return held ? reply.flash('info', 'services.engagement.needs.held').redirect(proposalUrl(id), 303)
        : reply.flash('success', 'services.engagement.needs.added').redirect(needsPath(service.slug), 303);
    } catch (e) {
      const r = refusal(e, request);
      if (r) return renderNeeds(request, reply, service, { needForm: { values: form.value as Record<string, string>, errors: r.errors } }, r.status);
      throw e;
    }
  });

  app.post('/servicios/:slug/necesidades/:id/respuesta', { schema: { hide: true, params: AnswerParams } }, async (request, reply) => {
    const service = await serviceOf(db, request);
    const { id } = request.params as Static<typeof AnswerParams>;
    if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
    const form = parseForm(AnswerForm, request.body, request.t);
    if (!form.ok) return renderNeeds(request, reply, service, { answerForm: { ...form, id } }, 422);
    try {
      await answerNeed(db, request.actor, service, id, form.value);
      reply.flash('success', 'services.engagement.needs.answered');
    } catch (e) {
      // Answered meanwhile by someone else (the lifecycle refused the step): said in a flash, the backlog shows the answer.
      if (!(e instanceof HttpError) || e.statusCode !== 409) throw e;
      reply.flash('error', e.messageKey);
    }
    return reply.redirect(needsPath(service.slug), 303);
  });

  app.get('/servicios/:slug/satisfaccion', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await serviceOf(db, request);
    const now = new Date();
    return reply.html(<SatisfactionPage ctx={request.view()} service={service} surveys={await listSurveys(db, service.id, now)}
      canCreate={canManageService(request.actor, service.parties)} now={now} />);
  });

  const renderNew = (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, form: FormState, status = 200) =>
    reply.html(<NewSurveyPage ctx={request.view()} service={service} form={form} />, status);

  app.get('/servicios/:slug/satisfaccion/nueva', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await serviceOf(db, request);
    if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
    const today = toSantiagoDate(new Date());
    // A month by default: long enough for users of a monthly procedure to come by.
    return renderNew(request, reply, service, { values: { opensOn: today, closesOn: fromDayNumber(toDayNumber(today) + 30) } });
  });

  app.post('/servicios/:slug/satisfaccion/nueva', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await serviceOf(db, request);
    if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
    const form = parseForm(SurveyForm, request.body, request.t);
    if (!form.ok) return renderNew(request, reply, service, form, 422);
    try {
      checkSurveyDates(form.value, toSantiagoDate(new Date()));
      await db.transaction((tx) => createSurvey(tx, service, form.value, request.actor!));
    } catch (e) {
      const r = refusal(e, request);
      if (r) return renderNew(request, reply, service, { values: form.value as Record<string, string>, errors: r.errors }, r.status);
      throw e;
    }
    return reply.flash('success', 'services.engagement.survey.created').redirect(satisfactionPath(service.slug), 303);
  });
}
