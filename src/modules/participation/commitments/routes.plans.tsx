// Pages of action plans: an institution's current plan (its newest) at /instituciones/{slug}/participacion/plan-de-accion,
// any plan's dashboard at /participacion/planes-de-accion/{id}, and the official's form to create one.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { planDashboard, plansOf } from './plans.js';
import { canManageCommitments } from './policy.js';
import { institutionOf, planOf, today } from './service.js';
import { planUrl } from './present.js';
import { InvalidField } from './origin.js';
import { createActionPlan } from './commands/create-plan.js';
import { NoPlanPage, PlanDashboardPage } from './views/dashboard.js';
import { NewPlanPage, newPlanPath } from './views/plan-form.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const PlanForm = Type.Object({ title: Type.String({ minLength: 3, maxLength: 300 }), period: Type.Optional(Type.String({ maxLength: 40 })),
  description: Type.Optional(Type.String({ maxLength: 5000 })), pillars: Type.String({ minLength: 2, maxLength: 2000 }), axes: Type.Optional(Type.String({ maxLength: 2000 })) });
const lines = (text: string | undefined) => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export async function planPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const render = async (request: FastifyRequest, id: number) => {
    const plan = await planOf(db, id);
    const others = (await plansOf(db, plan.institutionId)).filter((p) => p.id !== plan.id);
    return <PlanDashboardPage ctx={request.view()} plan={plan} dashboard={await planDashboard(db, plan, today())} others={others} />;
  };

  app.get('/instituciones/:slug/participacion/plan-de-accion', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof SlugParams>).slug);
    const [newest] = await plansOf(db, institution.id);
    if (!newest) return reply.html(<NoPlanPage ctx={request.view()} institution={institution} canCreate={canManageCommitments(request.actor, institution.id)} />);
    return reply.html(await render(request, newest.id));
  });

  app.get('/participacion/planes-de-accion/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) =>
    reply.html(await render(request, (request.params as Static<typeof IdParams>).id)));

  app.get('/instituciones/:slug/participacion/plan-de-accion/nuevo', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof SlugParams>).slug);
    if (!request.actor) return reply.redirect(`/ingresar?next=${encodeURIComponent(request.url)}`, 303);
    if (!canManageCommitments(request.actor, institution.id)) throw denied(true);
    return reply.html(<NewPlanPage ctx={request.view()} institution={institution} />);
  });

  app.post(newPlanPath(':slug'), { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const institution = await institutionOf(db, (request.params as Static<typeof SlugParams>).slug);
    if (!canManageCommitments(request.actor, institution.id)) throw denied(!!request.actor);
    const form = parseForm(PlanForm, request.body, request.t);
    if (!form.ok) return reply.html(<NewPlanPage ctx={request.view()} institution={institution} form={form} />, 422);
    try {
      const { id } = await db.transaction((tx) => createActionPlan(tx, { ...form.value, institutionId: institution.id, pillars: lines(form.value.pillars),
        axes: lines(form.value.axes) }, request.actor!));
      return reply.flash('success', 'participation.plan.created').redirect(planUrl(id), 303);
    } catch (e) {
      if (e instanceof InvalidField) return reply.html(<NewPlanPage ctx={request.view()} institution={institution} form={{ values: request.body as Record<string, string>, errors: { [e.field]: request.t(e.messageKey) } }} />, 422);
      throw e;
    }
  });
}
