// The tracker's pages, working without JavaScript: the regions' index, a region's dashboard, a municipality's record
// and its status form (303 with a flash, or 422 with the errors and the values kept; nothing written on error).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied } from '../../../core/http/errors.js';
import { parseForm } from '../../../core/http/form.js';
import { canUpdateAdoption } from '../policy.js';
import { findTrackedRegion, listEvents, listRegionSummaries, municipalityIn, type TrackedRegion } from './queries.js';
import { loadDashboard, rawValues, refusal } from './service.js';
import { recordPath } from './present.js';
import { RecordParams, RegionParams, StatusFields } from './validation.js';
import { recordAdoptionStatus } from './commands/record-status.js';
import { todayInChile } from './commands/checks.js';
import { RegionsPage } from './views/regions-page.js';
import { DashboardPage } from './views/dashboard-page.js';
import { RecordPage } from './views/record-page.js';
import type { FormState } from './views/workshops-page.js';

const StatusForm = Type.Object(StatusFields);
type RecordRef = Static<typeof RecordParams>;

export async function adoptionPageRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/observatorio/adopcion', { schema: { hide: true } }, async (request, reply) =>
    reply.html(<RegionsPage ctx={request.view()} regions={await listRegionSummaries(db)} />));

  app.get('/observatorio/adopcion/:region', { schema: { hide: true, params: RegionParams } }, async (request, reply) => {
    const { dashboard, workshops } = await loadDashboard(db, (request.params as Static<typeof RegionParams>).region);
    return reply.html(<DashboardPage ctx={request.view()} d={dashboard} latestWorkshops={workshops.slice(0, 5)} />);
  });

  const renderRecord = async (request: FastifyRequest, reply: FastifyReply, region: TrackedRegion, cut: string, form?: FormState) => {
    const municipality = municipalityIn(region, cut);
    const canUpdate = canUpdateAdoption(request.actor, { regionalGovernmentId: region.regionalGovernmentId, municipalityId: municipality.municipalityId });
    return reply.html(<RecordPage ctx={request.view()} region={region} municipality={municipality} events={await listEvents(db, [cut])} today={todayInChile()}
      canUpdate={canUpdate} form={form} />, form ? 422 : 200);
  };

  app.get('/observatorio/adopcion/:region/municipios/:cut', { schema: { hide: true, params: RecordParams } }, async (request, reply) => {
    const { region, cut } = request.params as RecordRef;
    return renderRecord(request, reply, await findTrackedRegion(db, region), cut);
  });

  app.post('/observatorio/adopcion/:region/municipios/:cut', { schema: { hide: true, params: RecordParams } }, async (request, reply) => {
    const params = request.params as RecordRef;
    const region = await findTrackedRegion(db, params.region);
    const municipality = municipalityIn(region, params.cut);
    if (!canUpdateAdoption(request.actor, { regionalGovernmentId: region.regionalGovernmentId, municipalityId: municipality.municipalityId })) throw denied(!!request.actor);
    const form = parseForm(StatusForm, request.body, request.t);
    if (!form.ok) return renderRecord(request, reply, region, params.cut, form);
    try {
      await db.transaction((tx) => recordAdoptionStatus(tx, { ...form.value, regionCode: region.code, cut: params.cut }, request.actor!));
      return reply.flash('success', 'observatory.adoption.statusSaved').redirect(recordPath(region.code, params.cut), 303);
    } catch (e) {
      const errors = refusal(e, request.t);
      if (errors) return renderRecord(request, reply, region, params.cut, { values: rawValues(request.body), errors });
      throw e;
    }
  });
}
