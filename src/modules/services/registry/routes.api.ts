// /api/v1/services (writes) and /api/v1/services/incubators: the same commands and policy as the pages, with a bearer
// token; refusals are 422 with the field's message, in the reader's language. The public area serves the reads of
// services (GET /api/v1/services, /api/v1/services/{slug}).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { auditActor } from '../../../core/policy.js';
import { denied, InvalidField, notFound, unauthorized } from '../../../core/http/errors.js';
import { canManageService, canRegisterService } from '../policy.js';
import { findIncubatorBySlug, findServiceById, findServiceBySlug, listIncubators } from './queries.js';
import { fieldsFromPatch, resolveLead, resolveSponsors } from './service-input.js';
import { PhaseBody, PhaseParams, ServiceBody, ServicePatch, SlugParams } from './validation.js';
import { registerService } from './commands/register-service.js';
import { updateService } from './commands/update-service.js';
import { recordPhase } from './commands/record-phase.js';
import { removePhase } from './commands/remove-phase.js';
import { IncubatorJson, PhaseJson, ServiceWrittenJson, presentIncubator, presentPhase, presentWrittenService } from './present.js';

const tags = ['services'];
const security = [{ bearer: [] }];
const signedIn = async (request: FastifyRequest) => { if (!request.actor) throw unauthorized(); };

export async function registryApiRoutes(app: FastifyInstance, { db, config }: ModuleDeps) {
  const managed = async (request: FastifyRequest) => {
    const service = await findServiceBySlug(db, (request.params as Static<typeof SlugParams>).slug);
    if (!service) throw notFound();
    if (!canManageService(request.actor, service.parties)) throw denied(true);
    return service;
  };
  const written = async (id: number) => presentWrittenService((await findServiceById(db, id))!, config.baseUrl);

  app.get('/api/v1/services/incubators', {
    schema: { summary: 'Every incubator (an institution\'s lab or a regional programme) with its host, region and number of services', tags,
      response: { 200: Type.Object({ data: Type.Array(IncubatorJson) }) } },
  }, async () => ({ data: (await listIncubators(db)).map(presentIncubator) }));

  app.post('/api/v1/services', {
    schema: { summary: 'Register a service in an incubator with its first phase (its host\'s or a sponsor\'s officials with the services permission)',
      tags, security, body: ServiceBody, response: { 201: ServiceWrittenJson } },
    onRequest: signedIn,
  }, async (request, reply) => {
    const { incubator: incubatorSlug, sponsors, leadEmail, firstPhase, ...rest } = request.body as Static<typeof ServiceBody>;
    const incubator = await findIncubatorBySlug(db, incubatorSlug);
    if (!incubator) throw new InvalidField('incubator', 'services.error.incubator');
    const sponsorInstitutionIds = await resolveSponsors(db, sponsors);
    if (!canRegisterService(request.actor, incubator.institutionId, sponsorInstitutionIds)) throw denied(true);
    const leadPersonId = await resolveLead(db, leadEmail);
    const { id } = await db.transaction((tx) => registerService(tx, { ...rest, incubatorId: incubator.id, sponsorInstitutionIds, leadPersonId, firstPhase }, auditActor(request.actor!)));
    return reply.code(201).send(await written(id));
  });

  app.patch('/api/v1/services/:slug', {
    schema: { summary: 'Edit a service\'s record: only the fields sent change; `team` replaces the whole list; a link sent as null is removed (whoever manages the service, its lead included)',
      tags, security, params: SlugParams, body: ServicePatch, response: { 200: ServiceWrittenJson } },
    onRequest: signedIn,
  }, async (request) => {
    const service = await managed(request);
    const fields = await fieldsFromPatch(db, request.body as Static<typeof ServicePatch>, service);
    await db.transaction((tx) => updateService(tx, service.id, fields, auditActor(request.actor!)));
    return written(service.id);
  });

  app.post('/api/v1/services/:slug/phases', {
    schema: { summary: 'Record the phase a service entered on a day; refused (422) when the history it would leave breaks the phase rules',
      tags, security, params: SlugParams, body: PhaseBody, response: { 201: PhaseJson } },
    onRequest: signedIn,
  }, async (request, reply) => {
    const service = await managed(request);
    const { id } = await db.transaction((tx) => recordPhase(tx, { serviceId: service.id, ...(request.body as Static<typeof PhaseBody>) }, auditActor(request.actor!)));
    return reply.code(201).send(presentPhase((await findServiceById(db, service.id))!.phases.find((p) => p.id === id)!));
  });

  app.delete('/api/v1/services/:slug/phases/:id', {
    schema: { summary: 'Remove a phase entered by mistake; refused (422) when the history left would be empty or break the phase rules',
      tags, security, params: PhaseParams, response: { 204: Type.Null() } },
    onRequest: signedIn,
  }, async (request, reply) => {
    const service = await managed(request);
    await db.transaction((tx) => removePhase(tx, { serviceId: service.id, phaseId: (request.params as Static<typeof PhaseParams>).id }, auditActor(request.actor!)));
    return reply.code(204).send();
  });
}
