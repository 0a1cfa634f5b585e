// /api/v1/observatory/adoption/{region}: the regional dashboard's figures with the municipality × platform matrix
// (public), one municipality's history (public), and recording a status (bearer token of the regional team or of
// the municipality's officials with the observatory permission).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { denied, unauthorized } from '../../../core/http/errors.js';
import { canUpdateAdoption } from '../policy.js';
import { findTrackedRegion, listEvents, municipalityIn } from './queries.js';
import { loadDashboard } from './service.js';
import { DashboardJson, EventJson, presentDashboard, presentEvent } from './present.js';
import { RecordParams, RegionParams, StatusBody } from './validation.js';
import { recordAdoptionStatus } from './commands/record-status.js';

const tags = ['observatory'];
const HistoryJson = Type.Object({ cut: Type.String(), name: Type.String(), regionCode: Type.String(), events: Type.Array(EventJson) });

export async function adoptionApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get('/api/v1/observatory/adoption/:region', {
    schema: { summary: 'A region\'s adoption of the shared platforms today: municipalities per platform and stage, the quarterly trend of each key stage, the municipality × platform matrix, workshops and support visits (answers, share positive = 5–7, mean on 1–7)',
      tags, params: RegionParams, response: { 200: DashboardJson } },
  }, async (request) => presentDashboard((await loadDashboard(db, (request.params as Static<typeof RegionParams>).region)).dashboard));

  app.get('/api/v1/observatory/adoption/:region/municipalities/:cut', {
    schema: { summary: 'One municipality\'s status events on every platform, in the order they took effect', tags, params: RecordParams, response: { 200: HistoryJson } },
  }, async (request) => {
    const params = request.params as Static<typeof RecordParams>;
    const region = await findTrackedRegion(db, params.region);
    const m = municipalityIn(region, params.cut);
    return { cut: m.cut, name: m.name, regionCode: region.code, events: (await listEvents(db, [m.cut])).map(presentEvent) };
  });

  app.post('/api/v1/observatory/adoption/:region/statuses', {
    schema: { summary: 'Record a municipality\'s status on a platform, with its effective date and evidence (regional team or the municipality\'s officials); rewrites the platform\'s indicator values and recomputes the index',
      tags, security: [{ bearer: [] }], params: RegionParams, body: StatusBody,
      response: { 201: Type.Object({ event: EventJson, years: Type.Array(Type.Integer(), { description: 'Years whose index was recomputed' }) }) } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const body = request.body as Static<typeof StatusBody>;
    const region = await findTrackedRegion(db, (request.params as Static<typeof RegionParams>).region);
    const m = region.municipalities.find((x) => x.cut === body.cut);
    if (!canUpdateAdoption(request.actor, { regionalGovernmentId: region.regionalGovernmentId, municipalityId: m?.municipalityId ?? null })) throw denied(true);
    const { id, years } = await db.transaction((tx) => recordAdoptionStatus(tx, { ...body, regionCode: region.code }, request.actor!));
    const event = (await listEvents(db, [body.cut])).find((e) => e.id === id)!;
    return reply.code(201).send({ event: presentEvent(event), years });
  });
}
