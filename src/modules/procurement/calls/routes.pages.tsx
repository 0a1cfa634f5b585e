// Pages of calls, working without JavaScript: the officials' list of their institution's calls (drafts included), the
// new-call and edit forms (a draft's edit, or a published call's amendment), and the public page of a call. A form
// refused re-renders with every error and the values kept (422), nothing written; success redirects 303 with a flash.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { asc } from 'drizzle-orm';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { HttpError, denied, notFound } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';
import { regions } from '../../../core/tenancy/schema.js';
import { canManageCalls } from './policy.js';
import { listCallAwards, listCalls, listPublicEvents, listQuestions, inputOf, type CallDetail } from './queries.js';
import { visibleCall } from './service.js';
import { InvalidCall, messagesOf } from './invalid-call.js';
import { formValuesOf, onFormSlots, readCallForm, valuesOfBody, type CallFormValues } from './form.js';
import { createCall, updateCall } from './commands/save-call.js';
import { callPath } from './present.js';
import { CallFormPage, type CallFormMode } from './views/call-form.js';
import { CallListPage } from './views/list-page.js';
import { CallPage, type CallPageForms } from './views/call-page.js';
import { managePath } from './views/parts.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
export const CallParams = Type.Object({ slug: Type.String({ maxLength: 100 }), id: Type.Integer({ minimum: 1 }) });
type Slug = Static<typeof SlugParams>;
type CallRef = Static<typeof CallParams>;
const PAGE_SIZE = 30;

/** The call of the URL, visible to this reader and of the institution the URL names (else 404). */
export async function callOfUrl(db: ModuleDeps['db'], request: FastifyRequest): Promise<CallDetail> {
  const { slug, id } = request.params as CallRef;
  const call = await visibleCall(db, request.actor, id);
  if (call.institution.slug !== slug) throw notFound();
  return call;
}

export async function renderCallPage(db: ModuleDeps['db'], request: FastifyRequest, reply: FastifyReply, call: CallDetail, forms: CallPageForms = {}, status = 200) {
  return reply.html(<CallPage ctx={request.view()} call={call} questions={await listQuestions(db, call.id)} events={await listPublicEvents(db, call.id)}
    awards={await listCallAwards(db, call.id)} forms={forms} />, status);
}

export async function callPageRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const regionList = () => db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code));
  /** The institution of the URL, for its procurement officials only; anonymous readers are sent to sign in. */
  const officialOf = async (request: FastifyRequest) => {
    const institution = await findInstitutionOr404(db, (request.params as Slug).slug);
    if (!canManageCalls(request.actor, institution.id)) throw denied(!!request.actor);
    return institution;
  };
  const renderForm = async (request: FastifyRequest, reply: FastifyReply, institution: { slug: string; name: string }, mode: CallFormMode, action: string,
    values: CallFormValues, errors?: Record<string, string>, status = 200) => {
    const title = request.t(mode === 'new' ? 'procurement.calls.new' : mode === 'draft' ? 'procurement.calls.edit' : 'procurement.calls.amend');
    return reply.html(<CallFormPage ctx={request.view()} institution={institution} mode={mode} action={action} form={{ values, errors }} regions={await regionList()} title={title} />, status);
  };

  app.get('/instituciones/:slug/compras/llamados', { schema: { hide: true, params: SlugParams, querystring: PageQuery } }, async (request, reply) => {
    const institution = await officialOf(request);
    const q = request.query as Static<typeof PageQuery>;
    const rows = await listCalls(db, { institutionId: institution.id, draftsOf: [institution.id], cursor: q.cursor }, PAGE_SIZE);
    const page = pageOf(rows, PAGE_SIZE, (r) => [r.id]);
    return reply.html(<CallListPage ctx={request.view()} institution={institution} rows={page.items} next={page.next} firstPage={!q.cursor} />);
  });

  app.get('/instituciones/:slug/compras/llamados/nuevo', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const institution = await officialOf(request);
    // The five rows start on the usual kinds, in the order most calls weigh them; the author renames or blanks them.
    const kinds = Object.fromEntries(['price', 'technical', 'team', 'local', 'sme'].map((k, i) => [`crit${i + 1}_kind`, k]));
    return renderForm(request, reply, institution, 'new', managePath(institution.slug), { kind: 'single_tender', ...kinds });
  });

  app.post('/instituciones/:slug/compras/llamados', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await officialOf(request);
    const values = valuesOfBody(request.body);
    const form = readCallForm(values, request.t);
    const action = managePath(institution.slug);
    if (!form.ok) return renderForm(request, reply, institution, 'new', action, values, form.errors, 422);
    try {
      const { id } = await db.transaction((tx) => createCall(tx, { ...form.input, institutionId: institution.id, ocidPrefix: config.ocidPrefix }, auditActor(request.actor!)));
      return reply.flash('success', 'procurement.calls.created').redirect(callPath(institution.slug, id), 303);
    } catch (e) {
      if (!(e instanceof InvalidCall)) throw e;
      return renderForm(request, reply, institution, 'new', action, values, messagesOf(onFormSlots(e.problems, form.lotSlots, form.criterionSlots), request.t), 422);
    }
  });

  app.get('/instituciones/:slug/compras/llamados/:id', { schema: { hide: true, params: CallParams } }, async (request, reply) =>
    renderCallPage(db, request, reply, await callOfUrl(db, request)));

  /** The call an official of its institution edits: a draft or a published call (an amendment); else 409. */
  const editable = async (request: FastifyRequest) => {
    const call = await callOfUrl(db, request);
    if (!canManageCalls(request.actor, call.institutionId)) throw denied(!!request.actor);
    return { call, mode: (call.state === 'draft' ? 'draft' : 'amend') as CallFormMode };
  };

  app.get('/instituciones/:slug/compras/llamados/:id/editar', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const { call, mode } = await editable(request);
    if (call.state !== 'draft' && call.state !== 'published') return reply.redirect(callPath(call.institution.slug, call.id), 303);
    return renderForm(request, reply, call.institution, mode, request.url.split('?')[0]!, formValuesOf(call));
  });

  app.post('/instituciones/:slug/compras/llamados/:id/editar', { schema: { hide: true, params: CallParams } }, async (request, reply) => {
    const { call, mode } = await editable(request);
    const values = valuesOfBody(request.body);
    const form = readCallForm(values, request.t, mode === 'amend' ? inputOf(call).criteria : undefined);
    const action = request.url.split('?')[0]!;
    if (!form.ok) return renderForm(request, reply, call.institution, mode, action, values, form.errors, 422);
    try {
      await db.transaction((tx) => updateCall(tx, call.id, form.input, form.summary, auditActor(request.actor!)));
      return reply.flash('success', mode === 'amend' ? 'procurement.calls.amended' : 'procurement.calls.saved').redirect(callPath(call.institution.slug, call.id), 303);
    } catch (e) {
      const errors = e instanceof InvalidCall ? messagesOf(onFormSlots(e.problems, form.lotSlots, form.criterionSlots), request.t)
        : e instanceof HttpError && e.statusCode === 409 ? { form: request.t(e.messageKey, e.params) } : null;
      if (!errors) throw e;
      return renderForm(request, reply, call.institution, mode, action, values, errors, 422);
    }
  });
}
