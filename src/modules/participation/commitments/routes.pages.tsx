// Pages of commitments, all working without JavaScript: an institution's list (GET filters; ?format=csv|json streams
// it), the new and edit forms, a commitment's page, and the official's POSTs (milestone, milestone done, evidence),
// each redirecting 303 with a flash, or re-rendering its form with the errors and the values kept (422).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Translate } from '../../../core/i18n/index.js';
import { HttpError, denied } from '../../../core/http/errors.js';
import { PageQuery, pageOf } from '../../../core/http/pagination.js';
import { parseForm } from '../../../core/http/form.js';
import { isFollowing } from '../notifications/queries.js';
import { commitmentVersions, listCommitments, sortKey, type CommitmentDetail } from './queries.js';
import { findPlan, plansOf } from './plans.js';
import { canManageCommitments } from './policy.js';
import { commitmentOf, filterOf, institutionOf, streamCommitments, today } from './service.js';
import { commitmentUrl } from './present.js';
import { InvalidField } from './origin.js';
import { DATE_PATTERN, EditableFields, EvidenceFields, FilterFields, OriginFields } from './validation.js';
import { createCommitment, updateCommitment } from './commands/save-commitment.js';
import { addEvidence, addMilestone, setMilestoneDone } from './commands/milestones.js';
import { CommitmentIndexPage } from './views/index-page.js';
import { CommitmentPage } from './views/commitment-page.js';
import { EditCommitmentPage, NewCommitmentPage, valuesOf } from './views/forms.js';
import type { FormState } from './views/official-forms.js';
import type { DbOrTx } from '../../../core/db/client.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
type Id = Static<typeof IdParams>;
type Slug = Static<typeof SlugParams>;
const IndexQuery = Type.Composite([PageQuery, Type.Object(FilterFields)]);
const NewForm = Type.Object({ ...OriginFields, ...EditableFields });
const EditForm = Type.Object({ ...EditableFields, expectedVersion: Type.Integer({ minimum: 1 }) });
const Day = Type.String({ pattern: DATE_PATTERN });
const MilestoneForm = Type.Object({ milestoneTitle: Type.String({ minLength: 3, maxLength: 300 }), milestoneDue: Day });
const DoneForm = Type.Object({ doneMilestone: Type.Integer({ minimum: 1 }), doneDate: Day });
const EvidenceForm = Type.Object({ kind: EvidenceFields.kind, evidenceTitle: EvidenceFields.title, url: EvidenceFields.url, evidenceMilestone: EvidenceFields.milestoneId });
const PAGE_SIZE = 30;

/** The refusal of a command as form errors (a field's own, or the form's), or null when it is not a refusal. */
function refusal(e: unknown, t: Translate, rename: Record<string, string> = {}): Record<string, string> | null {
  if (e instanceof InvalidField) return { [rename[e.field] ?? e.field]: t(e.messageKey) };
  if (e instanceof HttpError && e.statusCode === 409) return { form: t(e.messageKey) };
  return null;
}
/** Checkbox groups arrive as one string or an array; the re-rendered form wants them joined. */
const rawValues = (body: unknown, values: Record<string, string>) => {
  const axes = (body as Record<string, unknown> | undefined)?.axisIds;
  return { ...values, axisIds: Array.isArray(axes) ? axes.join(',') : typeof axes === 'string' ? axes : '' };
};
const plansWithTaxonomy = async (db: DbOrTx, institutionId: number) =>
  Promise.all((await plansOf(db, institutionId)).map(async (p) => (await findPlan(db, p.id))!));

/** A commitment's page, with one of the official's forms re-rendered with its errors (422) when given. */
export async function renderCommitmentPage(db: DbOrTx, request: FastifyRequest, reply: FastifyReply, c: CommitmentDetail, forms: Record<string, FormState> = {}, status = 200) {
  const following = await isFollowing(db, request.actor?.personId ?? null, { type: 'commitment', id: c.id });
  return reply.html(<CommitmentPage ctx={request.view()} c={c} versions={await commitmentVersions(db, c.id)} following={following} forms={forms} />, status);
}

export async function commitmentPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/instituciones/:slug/participacion/compromisos', { schema: { hide: true, params: SlugParams, querystring: IndexQuery } }, async (request, reply) => {
    const q = request.query as Static<typeof IndexQuery>;
    const institution = await institutionOf(db, (request.params as Slug).slug);
    if (q.format) return streamCommitments(db, reply, institution, q, q.format);
    const page = pageOf(await listCommitments(db, filterOf(institution.id, q), today(), PAGE_SIZE), PAGE_SIZE, sortKey);
    return reply.html(<CommitmentIndexPage ctx={request.view()} institution={institution} plans={await plansWithTaxonomy(db, institution.id)} filter={q}
      rows={page.items} next={page.next} />);
  });

  app.get('/instituciones/:slug/participacion/compromisos/nuevo', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Slug).slug);
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    if (!canManageCommitments(request.actor, institution.id)) throw denied(true);
    return reply.html(<NewCommitmentPage ctx={request.view()} institution={institution} plans={await plansWithTaxonomy(db, institution.id)} />);
  });

  app.post('/instituciones/:slug/participacion/compromisos', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Slug).slug);
    if (!canManageCommitments(request.actor, institution.id)) throw denied(!!request.actor);
    const form = parseForm(NewForm, request.body, request.t);
    const render = async (state: FormState) => reply.html(<NewCommitmentPage ctx={request.view()} institution={institution}
      plans={await plansWithTaxonomy(db, institution.id)} form={{ ...state, values: rawValues(request.body, state.values) }} />, 422);
    if (!form.ok) return render(form);
    try {
      const id = await db.transaction((tx) => createCommitment(tx, { ...form.value, institutionId: institution.id }, request.actor!));
      return reply.flash('success', 'participation.commitment.created').redirect(commitmentUrl(id), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return render({ values: request.body as Record<string, string>, errors });
      throw e;
    }
  });

  const renderPage = (request: FastifyRequest, reply: FastifyReply, c: CommitmentDetail, forms: Record<string, FormState> = {}, status = 200) =>
    renderCommitmentPage(db, request, reply, c, forms, status);

  app.get('/participacion/compromisos/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    renderPage(request, reply, await commitmentOf(db, (request.params as Id).id)));

  /** The official's commitment, or 401/403. */
  const managed = async (request: FastifyRequest) => {
    const c = await commitmentOf(db, (request.params as Id).id);
    if (!canManageCommitments(request.actor, c.institutionId)) throw denied(!!request.actor);
    return c;
  };

  app.get('/participacion/compromisos/:id/editar', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    const c = await managed(request);
    return reply.html(<EditCommitmentPage ctx={request.view()} c={c} plans={await plansWithTaxonomy(db, c.institutionId)} form={{ values: valuesOf(c) }} />);
  });

  app.post('/participacion/compromisos/:id/editar', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const c = await managed(request);
    const form = parseForm(EditForm, request.body, request.t);
    const render = async (state: FormState) => reply.html(<EditCommitmentPage ctx={request.view()} c={c} plans={await plansWithTaxonomy(db, c.institutionId)}
      form={{ ...state, values: rawValues(request.body, state.values) }} />, 422);
    if (!form.ok) return render(form);
    const line = c.originType === 'action_plan_line';
    const input = { ...form.value, axisIds: line ? form.value.axisIds ?? [] : undefined, pillarId: line ? form.value.pillarId : undefined };
    try {
      await db.transaction((tx) => updateCommitment(tx, c, input, request.actor!));
      return reply.flash('success', 'participation.commitment.saved').redirect(commitmentUrl(c.id), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return render({ values: request.body as Record<string, string>, errors });
      throw e;
    }
  });

  /** The official's small forms on the page: parse, run, redirect back; or the page again with that form's errors. */
  const pagePost = <S extends Parameters<typeof parseForm>[0]>(suffix: string, key: string, schema: S, rename: Record<string, string>,
    run: (c: CommitmentDetail, value: Static<S>, request: FastifyRequest) => Promise<unknown>) =>
    app.post(`/participacion/compromisos/:id/${suffix}`, { schema: { hide: true, params: IdParams } }, async (request, reply) => {
      const c = await managed(request);
      const form = parseForm(schema, request.body, request.t);
      if (!form.ok) return renderPage(request, reply, c, { [key]: form }, 422);
      try {
        await run(c, form.value as Static<S>, request);
        return reply.flash('success', 'participation.commitment.saved').redirect(commitmentUrl(c.id), 303);
      } catch (e) {
        const errors = refusal(e, request.t, rename);
        if (errors) return renderPage(request, reply, c, { [key]: { values: request.body as Record<string, string>, errors } }, 422);
        throw e;
      }
    });

  pagePost('hitos', 'milestone', MilestoneForm, { title: 'milestoneTitle', dueDate: 'milestoneDue' }, (c, v, r) =>
    db.transaction((tx) => addMilestone(tx, c, { title: v.milestoneTitle, dueDate: v.milestoneDue }, r.actor!)));
  pagePost('hitos/cumplido', 'done', DoneForm, {}, async (c, v, r) => {
    if (!(await db.transaction((tx) => setMilestoneDone(tx, c, v.doneMilestone, v.doneDate, r.actor!)))) throw new InvalidField('doneMilestone', 'participation.commitment.error.milestoneNotFound');
  });
  pagePost('evidencias', 'evidence', EvidenceForm, { title: 'evidenceTitle', milestoneId: 'evidenceMilestone' }, (c, v, r) =>
    db.transaction((tx) => addEvidence(tx, c, { kind: v.kind, title: v.evidenceTitle, url: v.url, milestoneId: v.evidenceMilestone }, r.actor!)));
}

