// /servicios/{slug}/fases: the phase history (public) and, for those who manage the service (its lead official
// included: the roadmap's fourth rule, trust and autonomy), recording a phase and removing one entered by mistake.
// 303 with a flash, or 422 with the errors; nothing written on a refusal.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { canManageService } from '../policy.js';
import { findServiceBySlug, type ServiceRecord } from './queries.js';
import { PhaseForm, PhaseParams, SlugParams } from './validation.js';
import { recordPhase } from './commands/record-phase.js';
import { removePhase } from './commands/remove-phase.js';
import { todayInChile } from './commands/checks.js';
import { phasesPath } from './present.js';
import { PhasesPage } from './views/phases-page.js';
import { formValues, refusal, type FormState } from './views/parts.js';

const EmptyForm = Type.Object({});

export async function phasePageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const load = async (slug: string) => {
    const service = await findServiceBySlug(db, slug);
    if (!service) throw notFound();
    return service;
  };
  const managed = async (request: FastifyRequest) => {
    const service = await load((request.params as Static<typeof SlugParams>).slug);
    if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
    return service;
  };
  const render = (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, form?: FormState) =>
    reply.html(<PhasesPage ctx={request.view()} service={service} canManage={canManageService(request.actor, service.parties)} today={todayInChile()} form={form} />, form ? 422 : 200);

  app.get('/servicios/:slug/fases', { schema: { hide: true, params: SlugParams } }, async (request, reply) =>
    render(request, reply, await load((request.params as Static<typeof SlugParams>).slug)));

  app.post('/servicios/:slug/fases', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await managed(request);
    const form = parseForm(PhaseForm, request.body, request.t);
    if (!form.ok) return render(request, reply, service, { values: formValues(request.body), errors: form.errors });
    try {
      await db.transaction((tx) => recordPhase(tx, { serviceId: service.id, ...form.value }, auditActor(request.actor!)));
      return reply.flash('success', 'services.registry.phaseRecorded').redirect(phasesPath(service.slug), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return render(request, reply, service, { values: formValues(request.body), errors });
      throw e;
    }
  });

  app.post('/servicios/:slug/fases/:id/quitar', { schema: { hide: true, params: PhaseParams } }, async (request, reply) => {
    const service = await managed(request);
    parseForm(EmptyForm, request.body, request.t);
    try {
      await db.transaction((tx) => removePhase(tx, { serviceId: service.id, phaseId: (request.params as Static<typeof PhaseParams>).id }, auditActor(request.actor!)));
      return reply.flash('success', 'services.registry.phaseRemoved').redirect(phasesPath(service.slug), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return render(request, reply, service, { values: {}, errors });
      throw e;
    }
  });
}
