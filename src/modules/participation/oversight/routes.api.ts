// /api/v1/participation/oversight: an institution's body (members, draws with their lists, the recipe), its
// configuration, draws (announce with the seed's hash, volunteer, run with the seed), observations (list with
// filters by cursor, ?format=csv|json streamed; open; answer, reply, close) and reports.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import { HttpError, notFound, unauthorized } from '../../../core/http/errors.js';
import { PageQuery } from '../../../core/http/pagination.js';
import { findDraw, findObservation, findReport, listMessages, listReports } from './queries.js';
import { BodyJson, DrawJson, ObservationJson, ObservationListItemJson, ReportJson, presentObservation, presentReport } from './present.js';
import { BodyFields, DrawFields, MessageFields, ObservationFields, ReportFields, SeedField, SeedHashField } from './validation.js';
import { bodyById, bodyOf, institutionOf, requireManager, submitMessage, submitObservation, submitReport, submitVolunteer, todayInChile } from './service.js';
import { configureBody } from './commands/configure-body.js';
import { performDraw } from './commands/run-draw.js';
import { loadOverview, presentBody } from './overview.js';
import { STATUS_FILTERS, listPage, streamList } from './listing.js';
import { announce, draw } from './draws.js';
import { OBSERVATION_TARGETS, MESSAGE_KINDS } from './schema.js';

const tags = ['participation'];
const security = [{ bearer: [] }];
const BASE = '/api/v1/participation/oversight';
const InstParams = Type.Object({ institution: Type.String({ maxLength: 100, description: 'Institution slug or CUT code' }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const MessageParams = Type.Object({ id: Type.Integer({ minimum: 1 }), kind: Type.Union(MESSAGE_KINDS.map((k) => Type.Literal(k))) });
const ListQuery = Type.Composite([PageQuery, Type.Object({
  status: Type.Optional(Type.Union(STATUS_FILTERS.map((s) => Type.Literal(s)))),
  targetType: Type.Optional(Type.Union(OBSERVATION_TARGETS.map((s) => Type.Literal(s)))), format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')])) })]);
const BodyBody = Type.Object(BodyFields, { additionalProperties: false });
const DrawBody = Type.Object({ ...DrawFields, seedHash: SeedHashField }, { additionalProperties: false });
const ObservationBody = Type.Object(ObservationFields, { additionalProperties: false });
const ReportBody = Type.Object(ReportFields, { additionalProperties: false });
const MessageBody = Type.Object(MessageFields, { additionalProperties: false });
const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) });
type Inst = Static<typeof InstParams>;
type Id = Static<typeof IdParams>;
const onRequest = async (request: { actor: unknown }) => { if (!request.actor) throw unauthorized(); };

export async function oversightApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  const bodyFor = async (ref: string) => { const institution = await institutionOf(db, ref); return { institution, body: await bodyOf(db, institution.id) }; };
  const bodyJson = async (ref: string) => {
    const { institution, body } = await bodyFor(ref);
    const today = todayInChile();
    return presentBody(institution, body, await loadOverview(db, body, today), today);
  };

  app.get(`${BASE}/bodies/:institution`, { schema: { summary: 'An institution\'s citizen oversight body: settings, members and terms, draws with their volunteer lists, seeds and the recipe to re-run them',
    tags, params: InstParams, response: { 200: BodyJson } } }, async (request) => bodyJson((request.params as Inst).institution));

  app.put(`${BASE}/bodies/:institution`, { schema: { summary: 'Create or configure the body: seats, term length, answer period in business days (officials with the participation permission)',
    tags, security, params: InstParams, body: BodyBody, response: { 200: BodyJson } }, onRequest }, async (request) => {
    const institution = await institutionOf(db, (request.params as Inst).institution);
    requireManager(request.actor, institution.id);
    await db.transaction((tx) => configureBody(tx, institution.id, request.body as Static<typeof BodyBody>, request.actor!));
    return bodyJson(institution.slug);
  });

  app.post(`${BASE}/bodies/:institution/draws`, { schema: { summary: 'Announce a draw: the term start, when volunteering closes and the SHA-256 of a secret seed (officials)',
    tags, security, params: InstParams, body: DrawBody, response: { 201: DrawJson } }, onRequest }, async (request, reply) => {
    const { body } = await bodyFor((request.params as Inst).institution);
    requireManager(request.actor, body.institutionId);
    const input = request.body as Static<typeof DrawBody>;
    const id = await announce(db, request.actor!, body, input, input.seedHash);
    return reply.code(201).send(await draw(db, id));
  });

  app.post(`${BASE}/draws/:id/volunteers`, { schema: { summary: 'Volunteer for a draw while it is open (residents with a verified identity; not the institution\'s officials)',
    tags, security, params: IdParams, response: { 201: Type.Object({ publicId: Type.String(), name: Type.String() }) } }, onRequest }, async (request, reply) => {
    const found = await findDraw(db, (request.params as Id).id);
    if (!found) throw notFound();
    const v = await submitVolunteer(db, request.actor, found.institutionId, found.id);
    return reply.code(201).send({ publicId: v.publicId, name: v.displayName });
  });

  app.post(`${BASE}/draws/:id/run`, { schema: { summary: 'Run the draw by revealing the seed (must hash to the announced SHA-256) once volunteering closed (officials)',
    tags, security, params: IdParams, body: Type.Object({ seed: SeedField }, { additionalProperties: false }), response: { 200: DrawJson } }, onRequest }, async (request) => {
    const found = await findDraw(db, (request.params as Id).id);
    if (!found) throw notFound();
    requireManager(request.actor, found.institutionId);
    const result = await db.transaction((tx) => performDraw(tx, found.id, (request.body as { seed: string }).seed, request.actor!));
    if (!result.ok) throw new HttpError(422, 'seed_mismatch', 'participation.oversight.error.seedMismatch');
    return draw(db, found.id);
  });

  app.get(`${BASE}/bodies/:institution/observations`, { schema: { summary: 'Observations of the body, newest first, by status (overdue = open past its due date in Santiago) and target; ?format=csv|json exports the filtered list',
    tags, params: InstParams, querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(ObservationListItemJson), next: Type.Union([Type.String(), Type.Null()]) }) } } }, async (request, reply) => {
    const { institution, body } = await bodyFor((request.params as Inst).institution);
    const q = request.query as Static<typeof ListQuery>;
    if (q.format) return streamList(db, reply, body, institution.slug, q, q.format);
    return listPage(db, body, q);
  });

  app.post(`${BASE}/bodies/:institution/observations`, { schema: { summary: 'Open an observation on a commitment, a budget line or a procurement process (members in term); due in the body\'s business days',
    tags, security, params: InstParams, headers: IdempotencyHeaders, body: ObservationBody, response: { 201: ObservationJson } }, onRequest }, async (request, reply) => {
    const { institution, body } = await bodyFor((request.params as Inst).institution);
    const id = await submitObservation(db, request.actor, institution, body, request.body as Static<typeof ObservationBody>, request.headers['idempotency-key'] as string | undefined);
    return reply.code(201).send(await observationJson(id));
  });

  async function observationJson(id: number) {
    const o = await findObservation(db, id);
    if (!o) throw notFound();
    return presentObservation(o, await listMessages(db, id), todayInChile());
  }

  app.get(`${BASE}/observations/:id`, { schema: { summary: 'An observation with its deadline (and the days skipped counting it) and its public thread', tags, params: IdParams, response: { 200: ObservationJson } } },
    async (request) => observationJson((request.params as Id).id));

  app.post(`${BASE}/observations/:id/:kind`, { schema: { summary: 'answer: the institution\'s reasoned answer (officials); reply or close: a member in term',
    tags, security, params: MessageParams, body: MessageBody, response: { 200: ObservationJson } }, onRequest }, async (request) => {
    const { id, kind } = request.params as Static<typeof MessageParams>;
    const o = await findObservation(db, id);
    if (!o) throw notFound();
    await submitMessage(db, request.actor, await bodyById(db, o.bodyId), o, kind, request.body as Static<typeof MessageBody>);
    return observationJson(id);
  });

  app.get(`${BASE}/bodies/:institution/reports`, { schema: { summary: 'The body\'s published reports, newest first', tags, params: InstParams, response: { 200: Type.Array(ReportJson) } } },
    async (request) => (await listReports(db, (await bodyFor((request.params as Inst).institution)).body.id)).map(presentReport));

  app.post(`${BASE}/bodies/:institution/reports`, { schema: { summary: 'Publish a periodic report (members in term)', tags, security, params: InstParams,
    body: ReportBody, response: { 201: ReportJson } }, onRequest }, async (request, reply) => {
    const { body } = await bodyFor((request.params as Inst).institution);
    const id = await submitReport(db, request.actor, body, request.body as Static<typeof ReportBody>);
    return reply.code(201).send(presentReport((await findReport(db, id))!));
  });

  app.get(`${BASE}/reports/:id`, { schema: { summary: 'A report', tags, params: IdParams, response: { 200: ReportJson } } }, async (request) => {
    const r = await findReport(db, (request.params as Id).id);
    if (!r) throw notFound();
    return presentReport(r);
  });
}
