// /servicios/incubadoras (public list) and creating or editing an incubator: its host institution's 'services'
// officials and admins (canRunIncubator), for the host they choose too.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { denied, InvalidField, notFound } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { canRunIncubator } from '../policy.js';
import { findIncubatorBySlug, listIncubators, type IncubatorRow } from './queries.js';
import { listHostOptions, listRegions } from './options.js';
import { IncubatorForm, SlugParams } from './validation.js';
import { createIncubator, updateIncubator } from './commands/save-incubator.js';
import { INCUBATORS_PATH } from './present.js';
import { IncubatorsPage } from './views/incubators-page.js';
import { IncubatorFormPage } from './views/incubator-form-page.js';
import { formValues, refusal, type FormState } from './views/parts.js';

export async function incubatorPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(INCUBATORS_PATH, { schema: { hide: true } }, async (request, reply) => {
    const hosts = await listHostOptions(db, request.actor);
    return reply.html(<IncubatorsPage ctx={request.view()} incubators={await listIncubators(db)} canCreate={hosts.length > 0}
      canEdit={(i) => canRunIncubator(request.actor, i.institutionId)} />);
  });

  const render = async (request: FastifyRequest, reply: FastifyReply, form: FormState, incubator?: IncubatorRow, status = 422) =>
    reply.html(<IncubatorFormPage ctx={request.view()} incubator={incubator} hosts={await listHostOptions(db, request.actor)} regions={await listRegions(db)} form={form} />, status);

  /** Saves the form: the chosen host must be one the actor may run (as the current one, when editing). */
  const save = async (request: FastifyRequest, reply: FastifyReply, incubator?: IncubatorRow) => {
    const form = parseForm(IncubatorForm, request.body, request.t);
    if (!form.ok) return render(request, reply, { values: formValues(request.body), errors: form.errors }, incubator);
    const { institution, ...rest } = form.value;
    try {
      const host = await findInstitution(db, institution);
      if (!host) throw new InvalidField('institution', 'services.error.host');
      if (!canRunIncubator(request.actor, host.id)) throw denied(true);
      const input = { ...rest, institutionId: host.id };
      await db.transaction((tx) => (incubator ? updateIncubator(tx, incubator.id, input, auditActor(request.actor!)) : createIncubator(tx, input, auditActor(request.actor!))));
      return reply.flash('success', 'services.registry.incubatorSaved').redirect(INCUBATORS_PATH, 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return render(request, reply, { values: formValues(request.body), errors }, incubator);
      throw e;
    }
  };

  const mayCreate = async (request: FastifyRequest) => { if ((await listHostOptions(db, request.actor)).length === 0) throw denied(!!request.actor); };
  app.get(`${INCUBATORS_PATH}/nueva`, { schema: { hide: true } }, async (request, reply) => { await mayCreate(request); return render(request, reply, { values: {} }, undefined, 200); });
  app.post(`${INCUBATORS_PATH}/nueva`, { schema: { hide: true } }, async (request, reply) => { await mayCreate(request); return save(request, reply); });

  const run = async (request: FastifyRequest) => {
    const incubator = await findIncubatorBySlug(db, (request.params as Static<typeof SlugParams>).slug);
    if (!incubator) throw notFound();
    if (!canRunIncubator(request.actor, incubator.institutionId)) throw denied(!!request.actor);
    return incubator;
  };
  app.get(`${INCUBATORS_PATH}/:slug/editar`, { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const i = await run(request);
    const [host] = (await listHostOptions(db, request.actor)).filter((h) => h.id === i.institutionId);
    return render(request, reply, { values: { name: i.name, slug: i.slug, kind: i.kind, institution: host?.slug ?? '', regionCode: i.regionCode ?? '', description: i.description } }, i, 200);
  });
  app.post(`${INCUBATORS_PATH}/:slug/editar`, { schema: { hide: true, params: SlugParams } }, async (request, reply) => save(request, reply, await run(request)));
}
