// Pages of the oversight body, all working without JavaScript: the body's page per institution (filters by GET,
// ?format=csv|json streams the filtered observations), an observation's page, a report's page, and the POSTs of
// volunteering, running a draw, answering, replying and closing, each redirecting 303 with a flash; a refused write
// comes back as a flash, a form with errors as a 422 with what was typed kept.
import { isFollowing } from '../notifications/queries.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, notFound } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { parseForm } from '../../../core/http/form.js';
import { meetsVerification } from '../../../core/policy.js';
import { findBody, findDraw, findObservation, findReport, listMessages, listObservations, listVolunteers, type ObservationDetail } from './queries.js';
import { bodyById, institutionOf, submitMessage, submitVolunteer, requireManager, requireMember, todayInChile } from './service.js';
import { activeMembership, canManageOversight, worksFor } from './policy.js';
import { loadOverview } from './overview.js';
import { STATUS_FILTERS, filterOf, streamList } from './listing.js';
import { bodyPath, observationPath } from './present.js';
import { MessageFields, SeedField } from './validation.js';
import { performDraw } from './commands/run-draw.js';
import { OBSERVATION_TARGETS } from './schema.js';
import { BodyPage } from './views/body-page.js';
import { ObservationPage, ReportPage } from './views/observation-page.js';
import type { VolunteerStatus } from './views/draw-section.js';
import type { FormState } from './views/common.js';
import { findInstitutionById } from './institution.js';

const RefParams = Type.Object({ ref: Type.String({ maxLength: 100 }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type Id = Static<typeof IdParams>;
const BodyQuery = Type.Composite([PageQuery, Type.Object({
  status: Type.Optional(Type.Union(STATUS_FILTERS.map((s) => Type.Literal(s)))), targetType: Type.Optional(Type.Union(OBSERVATION_TARGETS.map((s) => Type.Literal(s)))),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])) })]);
const AnswerForm = Type.Object(MessageFields);
const ReplyForm = Type.Object({ ...MessageFields, close: Type.Optional(Type.Literal('1')) });
const RunForm = Type.Object({ seed: SeedField });
const PAGE_SIZE = 20;

export async function oversightPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/instituciones/:ref/participacion/organo-contralor', { schema: { hide: true, params: RefParams, querystring: BodyQuery } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof RefParams>).ref);
    const q = request.query as Static<typeof BodyQuery>;
    const body = await findBody(db, institution.id);
    if (body && q.format) return streamList(db, reply, body, institution.slug, q, q.format);
    const today = todayInChile();
    const now = new Date();
    const overview = body ? await loadOverview(db, body, today) : null;
    const filter = body ? filterOf(body, q, today) : null;
    const page = body && filter ? pageOf(await listObservations(db, filter, PAGE_SIZE), PAGE_SIZE, (r) => [r.id]) : { items: [], next: null };
    const actor = request.actor;
    let volunteerStatus: VolunteerStatus = 'closed';
    const latest = overview?.draws[0];
    if (latest && !latest.drawnAt && new Date(latest.closesAt) > now) {
      const already = actor && (await listVolunteers(db, latest.id)).some((v) => v.personId === actor.personId);
      volunteerStatus = !actor ? 'signIn' : already ? 'already' : worksFor(actor, institution.id) ? 'official' : meetsVerification(actor, 'identity') ? 'can' : 'verify';
    }
    return reply.html(<BodyPage ctx={request.view()} institution={institution} body={body} overview={overview} today={today} now={now}
      filter={{ ...q }} rows={page.items} next={page.next} canManage={canManageOversight(actor, institution.id)}
      isMember={!!overview && !!activeMembership(actor, overview.members, today)} volunteerStatus={volunteerStatus} />);
  });

  app.post('/participacion/organo-contralor/sorteos/:id/voluntarios', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const draw = await findDraw(db, (request.params as Id).id);
    if (!draw) throw notFound();
    const institution = await findInstitutionById(db, draw.institutionId);
    try {
      await submitVolunteer(db, request.actor, draw.institutionId, draw.id);
      reply.flash('success', 'participation.oversight.volunteered');
    } catch (e) {
      if (!(e instanceof HttpError) || e.statusCode === 401) throw e;
      reply.flash('error', e.messageKey, e.params);
    }
    return reply.redirect(`${bodyPath(institution.slug)}#draw-${draw.id}`, 303);
  });

  app.post('/participacion/organo-contralor/sorteos/:id/realizar', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const draw = await findDraw(db, (request.params as Id).id);
    if (!draw) throw notFound();
    requireManager(request.actor, draw.institutionId);
    const institution = await findInstitutionById(db, draw.institutionId);
    const form = parseForm(RunForm, request.body, request.t);
    try {
      const done = form.ok && (await db.transaction((tx) => performDraw(tx, draw.id, form.value.seed, request.actor!))).ok;
      if (done) reply.flash('success', 'participation.oversight.draw.ran');
      else reply.flash('error', 'participation.oversight.error.seedMismatch');
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      reply.flash('error', e.messageKey, e.params);
    }
    return reply.redirect(`${bodyPath(institution.slug)}#draw-${draw.id}`, 303);
  });

  async function renderObservation(request: FastifyRequest, reply: FastifyReply, o: ObservationDetail, forms: { answerForm?: FormState; replyForm?: FormState } = {}, status = 200) {
    const today = todayInChile();
    const institution = await findInstitutionById(db, o.institutionId);
    const overview = await loadOverview(db, await bodyById(db, o.bodyId), today);
    return reply.html(<ObservationPage ctx={request.view()} institution={institution} observation={o} messages={await listMessages(db, o.id)} today={today}
      canAnswer={canManageOversight(request.actor, o.institutionId)} canReply={!!activeMembership(request.actor, overview.members, today)}
      following={await isFollowing(db, request.actor?.personId ?? null, { type: 'observation', id: o.id })} {...forms} />, status);
  }

  const observationOf = async (id: number) => {
    const o = await findObservation(db, id);
    if (!o) throw notFound();
    return o;
  };

  app.get('/participacion/organo-contralor/observaciones/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    renderObservation(request, reply, await observationOf((request.params as Id).id)));

  for (const [suffix, schema] of [['respuesta', AnswerForm], ['replica', ReplyForm]] as const) {
    app.post(`/participacion/organo-contralor/observaciones/:id/${suffix}`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
      const o = await observationOf((request.params as Id).id);
      const body = await bodyById(db, o.bodyId);
      // Who may post comes before what they posted: a refused person gets 401/403, not their form back.
      if (suffix === 'respuesta') requireManager(request.actor, o.institutionId);
      else await requireMember(db, request.actor, body);
      const form = parseForm(schema, request.body, request.t);
      const which = suffix === 'respuesta' ? 'answerForm' : 'replyForm';
      if (!form.ok) return renderObservation(request, reply, o, { [which]: form }, 422);
      const close = 'close' in form.value && form.value.close === '1';
      const kind = suffix === 'respuesta' ? 'answer' : close ? 'close' : 'reply';
      await submitMessage(db, request.actor, body, o, kind, { body: form.value.body, url: form.value.url });
      const flash = kind === 'answer' ? 'participation.oversight.answered' : kind === 'close' ? 'participation.oversight.closedFlash' : 'participation.oversight.replied';
      return reply.flash('success', flash).redirect(observationPath(o.id), 303);
    });
  }

  app.get('/participacion/organo-contralor/informes/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const report = await findReport(db, (request.params as Id).id);
    if (!report) throw notFound();
    return reply.html(<ReportPage ctx={request.view()} institution={await findInstitutionById(db, report.institutionId)} report={report} />);
  });
}
