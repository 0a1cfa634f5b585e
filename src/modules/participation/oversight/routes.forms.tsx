// The oversight body's form pages under /instituciones/{slug}/participacion/organo-contralor: configuring the body and
// announcing a draw (officials with the participation permission), opening an observation and publishing a report
// (members in term). GET shows the form to those who may use it; POST answers 303 to the result with a flash, or the
// form again with its errors and the values kept (422), or the rule that refused it above the form.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { JSX } from 'preact';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { SUBMISSION_FIELD, SubmissionField } from '../../../core/http/idempotency.js';
import type { Actor } from '../../../core/policy.js';
import type { InstitutionDetail } from '../../../core/tenancy/queries.js';
import type { ViewContext } from '../../../core/views/context.js';
import { bodyOf, institutionOf, requireManager, requireMember, submitObservation, submitReport } from './service.js';
import { findBody, findObservation } from './queries.js';
import { configureBody } from './commands/configure-body.js';
import { announce } from './draws.js';
import { sha256Hex } from './draw.js';
import { bodyPath, observationPath } from './present.js';
import { BodyFields, DrawFields, ObservationFields, ReportFields, SeedField, isCalendarDate } from './validation.js';
import { AnnounceDrawPage, ConfigurePage, NewObservationPage, NewReportPage } from './views/forms.js';
import type { FormState } from './views/common.js';

const RefParams = Type.Object({ ref: Type.String({ maxLength: 100 }) });
type Ref = Static<typeof RefParams>;
type Page = (p: { ctx: ViewContext; institution: InstitutionDetail; form: FormState }) => JSX.Element;

interface FormRoute<S extends TObject> {
  path: string; page: Page; schema: S;
  /** Who may see and post the form: throws 401/403 otherwise. */
  allow: (actor: Actor | null, institution: InstitutionDetail) => Promise<void>;
  /** Returns the redirect target; field errors it finds go back to the form. */
  save: (actor: Actor, institution: InstitutionDetail, value: Static<S>, reply: FastifyReply) => Promise<string | Record<string, string>>;
}

const DrawForm = Type.Object({ ...DrawFields, seed: SeedField });
const ObservationForm = Type.Object({ ...ObservationFields, [SUBMISSION_FIELD]: SubmissionField });

export async function oversightFormRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const manager = async (actor: Actor | null, institution: InstitutionDetail) => requireManager(actor, institution.id);
  const member = async (actor: Actor | null, institution: InstitutionDetail) => { await requireMember(db, actor, await bodyOf(db, institution.id)); };

  function register<S extends TObject>(r: FormRoute<S>) {
    const url = `/instituciones/:ref/participacion/organo-contralor/${r.path}`;
    app.get(url, { schema: { hide: true, params: RefParams } }, async (request, reply) => {
      const institution = await institutionOf(db, (request.params as Ref).ref);
      if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
      await r.allow(request.actor, institution);
      return reply.html(r.page({ ctx: request.view(), institution, form: { values: {} } }));
    });
    app.post(url, { schema: { hide: true, params: RefParams } }, async (request, reply) => {
      const institution = await institutionOf(db, (request.params as Ref).ref);
      if (!request.actor) throw denied(false);
      await r.allow(request.actor, institution);
      const form = parseForm(r.schema, request.body, request.t);
      const render = (state: FormState, status: number) => reply.html(r.page({ ctx: request.view(), institution, form: state }), status);
      if (!form.ok) return render(form, 422);
      const values = Object.fromEntries(Object.entries(request.body as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      try {
        const done = await r.save(request.actor, institution, form.value, reply);
        if (typeof done !== 'string') return render({ values, errors: Object.fromEntries(Object.entries(done).map(([k, v]) => [k, request.t(v as never)])) }, 422);
        return reply.redirect(done, 303);
      } catch (e) {
        if (e instanceof HttpError && e.statusCode !== 401 && e.statusCode !== 403) return render({ values, errors: { form: request.t(e.messageKey, e.params) } }, e.statusCode === 409 ? 409 : 422);
        throw e;
      }
    });
  }

  register({
    path: 'configurar', page: ConfigurePage, schema: Type.Object(BodyFields), allow: manager,
    save: async (actor, institution, value, reply) => {
      await db.transaction((tx) => configureBody(tx, institution.id, value, actor));
      reply.flash('success', 'participation.oversight.configured');
      return bodyPath(institution.slug);
    },
  });

  register({
    path: 'sorteos/nuevo', page: AnnounceDrawPage, schema: DrawForm, allow: manager,
    save: async (actor, institution, value, reply) => {
      const id = await announce(db, actor, await bodyOf(db, institution.id), value, sha256Hex(value.seed));
      reply.flash('success', 'participation.oversight.draw.announced');
      return `${bodyPath(institution.slug)}#draw-${id}`;
    },
  });

  register({
    path: 'observaciones/nueva', page: NewObservationPage, schema: ObservationForm, allow: member,
    save: async (actor, institution, value, reply) => {
      const { [SUBMISSION_FIELD]: key, ...input } = value;
      try {
        const id = await submitObservation(db, actor, institution, (await findBody(db, institution.id))!, input, key);
        const o = (await findObservation(db, id))!;
        reply.flash('success', 'participation.oversight.observation.opened', { date: o.dueDate });
        return observationPath(id);
      } catch (e) {
        // A target that does not resolve is a problem of the reference field the member typed.
        if (e instanceof HttpError && e.code === 'invalid_target') return { [input.targetType === 'commitment' ? 'targetId' : 'targetRef']: e.messageKey };
        throw e;
      }
    },
  });

  register({
    path: 'informes/nuevo', page: NewReportPage, schema: Type.Object(ReportFields), allow: member,
    save: async (actor, institution, value, reply) => {
      const bad = Object.fromEntries((['periodFrom', 'periodTo'] as const).filter((k) => !isCalendarDate(value[k])).map((k) => [k, 'participation.oversight.error.date']));
      if (Object.keys(bad).length) return bad;
      if (value.periodFrom > value.periodTo) return { periodTo: 'participation.oversight.error.period' };
      const id = await submitReport(db, actor, await bodyOf(db, institution.id), value);
      reply.flash('success', 'participation.oversight.report.published');
      return `/participacion/organo-contralor/informes/${id}`;
    },
  });
}
