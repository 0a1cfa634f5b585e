// /servicios/nuevo and /servicios/{slug}/editar, working without JavaScript: 303 with a flash, or 422 with the errors
// and the values kept; nothing written on error. Registering: anyone acting in the incubator for some institution, in
// an incubator their institution runs or naming their institution as sponsor (canRegisterService); editing: whoever
// manages the service, its lead official included (canManageService).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { denied, InvalidField, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { canManageService, canRegisterService } from '../policy.js';
import { findIncubatorBySlug, findServiceBySlug, type ServiceRecord } from './queries.js';
import { actingInstitutionIds, findEmailOf, listRegisterableIncubators, listSponsorOptions, mayRegisterSomewhere } from './options.js';
import { fieldsFromForm } from './service-input.js';
import { EditServiceForm, NewServiceForm, SlugParams } from './validation.js';
import { registerService } from './commands/register-service.js';
import { updateService } from './commands/update-service.js';
import { todayInChile } from './commands/checks.js';
import { servicePath } from './present.js';
import { ServiceFormPage } from './views/service-form-page.js';
import { formValues, refusal, type FormState } from './views/parts.js';

/** The edit form's values from the stored record (the lead's email is not shown: typing one changes the lead). */
const valuesOf = (s: ServiceRecord): FormState['values'] => ({
  title: s.title, mission: s.mission, leadTitle: s.leadTitle, sponsors: s.sponsors.map((x) => x.slug),
  teamName: s.team.map((m) => m.name), teamRole: s.team.map((m) => m.role), userTypes: s.userTypes, themes: s.themes, reach: s.reach,
  link: s.link ?? '', repository: s.repository ?? '', contact: s.contact ?? '', accessibility: s.accessibility ?? '',
  accessibilityUrl: s.accessibilityUrl ?? '', riskAnalysisUrl: s.riskAnalysisUrl ?? '',
});

export async function servicePageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const renderNew = async (request: FastifyRequest, reply: FastifyReply, form?: FormState) => {
    const incubators = await listRegisterableIncubators(db, request.actor);
    const regions = [...new Set(incubators.map((i) => i.regionCode ?? i.hostRegionCode ?? ''))].filter(Boolean);
    const ids = actingInstitutionIds(request.actor);
    // The actor's own institutions are offered too: naming one as sponsor is what lets them register anywhere.
    const sponsors = await listSponsorOptions(db, regions, ids === 'all' ? [] : ids);
    const initial = { leadEmail: await findEmailOf(db, request.actor!.personId), sponsors: sponsors.filter((s) => ids !== 'all' && ids.includes(s.id)).map((s) => s.slug) };
    return reply.html(<ServiceFormPage ctx={request.view()} incubators={incubators} sponsors={sponsors} today={todayInChile()} form={form ?? { values: initial }} />, form ? 422 : 200);
  };
  const mayRegister = (request: FastifyRequest) => { if (!mayRegisterSomewhere(request.actor)) throw denied(!!request.actor); };

  app.get('/servicios/nuevo', { schema: { hide: true } }, async (request, reply) => { mayRegister(request); return renderNew(request, reply); });

  app.post('/servicios/nuevo', { schema: { hide: true } }, async (request, reply) => {
    mayRegister(request);
    const form = parseForm(NewServiceForm, request.body, request.t);
    if (!form.ok) return renderNew(request, reply, { values: formValues(request.body), errors: form.errors });
    const { incubator: incubatorSlug, slug, phase, startedOn, note, ...rest } = form.value;
    try {
      const incubator = await findIncubatorBySlug(db, incubatorSlug);
      if (!incubator) throw new InvalidField('incubator', 'services.error.incubator');
      const fields = await fieldsFromForm(db, rest);
      if (!canRegisterService(request.actor, incubator.institutionId, fields.sponsorInstitutionIds)) throw denied(true);
      await db.transaction((tx) => registerService(tx, { ...fields, slug, incubatorId: incubator.id, firstPhase: { phase, startedOn, note } }, auditActor(request.actor!)));
      return reply.flash('success', 'services.registry.registered').redirect(servicePath(slug), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return renderNew(request, reply, { values: formValues(request.body), errors });
      throw e;
    }
  });

  const managed = async (request: FastifyRequest) => {
    const service = await findServiceBySlug(db, (request.params as Static<typeof SlugParams>).slug);
    if (!service) throw notFound();
    if (!canManageService(request.actor, service.parties)) throw denied(!!request.actor);
    return service;
  };
  const renderEdit = async (request: FastifyRequest, reply: FastifyReply, service: ServiceRecord, form?: FormState) => {
    const region = service.incubator.regionCode ?? service.incubator.institutionRegionCode;
    const sponsors = await listSponsorOptions(db, region ? [region] : [], service.parties.sponsorInstitutionIds);
    return reply.html(<ServiceFormPage ctx={request.view()} service={service} sponsors={sponsors} today={todayInChile()} form={form ?? { values: valuesOf(service) }} />, form ? 422 : 200);
  };

  app.get('/servicios/:slug/editar', { schema: { hide: true, params: SlugParams } }, async (request, reply) => renderEdit(request, reply, await managed(request)));

  app.post('/servicios/:slug/editar', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const service = await managed(request);
    const form = parseForm(EditServiceForm, request.body, request.t);
    if (!form.ok) return renderEdit(request, reply, service, { values: formValues(request.body), errors: form.errors });
    try {
      const fields = await fieldsFromForm(db, form.value, service);
      await db.transaction((tx) => updateService(tx, service.id, fields, auditActor(request.actor!)));
      return reply.flash('success', 'services.registry.saved').redirect(servicePath(service.slug), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return renderEdit(request, reply, service, { values: formValues(request.body), errors });
      throw e;
    }
  });
}
