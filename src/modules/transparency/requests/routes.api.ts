// /api/v1/transparency/requests: public reads (an institution's list with filters and cursor, ?format=csv|json
// streams it; one request with its clock, public timeline and published documents), filing without an account (rate
// limited, filed once per Idempotency-Key or identical filing; answers the folio and the private link), and the
// officials' steps (POST …/{institution}/{folio}/events with a bearer token: kind + data, checked by the lifecycle).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Mailer } from '../../../core/auth/email.js';
import { denied, unauthorized } from '../../../core/http/errors.js';
import { PageQuery } from '../../../core/http/pagination.js';
import { listPublishedDocuments } from '../documents/queries.js';
import { DocumentJson, presentDocument } from '../documents/present.js';
import { recordRequestEvent } from './commands/record-event.js';
import { requestRulesOf } from './commands/file-request.js';
import { REQUEST_EVENT_KINDS, type RequestEventKind } from './events.js';
import { findRequestById, listRequestEvents, listRequests } from './queries.js';
import { presentRequest, presentRequestEvent, presentRequestSummary } from './present.js';
import { eventAuthorFor } from './policy.js';
import { FilingFields } from './form.js';
import { limitFiling, sendFiledEmail } from './routes.file.js';
import { fileOnce } from './commands/file-once.js';
import { filterOf, ListFilter, streamRequests } from './routes.public.js';
import { FOLIO_PATTERN, requestOf } from './routes.service.js';
import { followUpPath, requestPath } from './views/paths.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const tags = ['transparency'];
const Institution = Type.String({ minLength: 2, maxLength: 100, description: 'Institution slug or CUT code' });
const OneParams = Type.Object({ institution: Institution, folio: Type.String({ pattern: FOLIO_PATTERN, description: 'Folio, e.g. 2026-000042' }) });
const ListQuery = Type.Composite([PageQuery, Type.Object({ institution: Institution, ...ListFilter })]);
const Day = Type.Union([Type.String({ format: 'date' }), Type.Null()]);
const Summary = Type.Object({
  folio: Type.String(), subject: Type.String(), state: Type.String(), filedAt: Type.String({ format: 'date-time' }), receivedOn: Day,
  effectiveDueOn: Day, overdue: Type.Boolean(), answerKind: Type.Union([Type.String(), Type.Null()]),
  requesterName: Type.Union([Type.String(), Type.Null()], { description: 'Only when the requester chose to show it' }),
});
const Event = Type.Object({
  id: Type.Integer(), kind: Type.String(), at: Type.String({ format: 'date-time' }), author: Type.String(),
  officialName: Type.Union([Type.String(), Type.Null()]), data: Type.Unknown(),
});
const RequestJson = Type.Object({
  folio: Type.String(), institution: Type.Object({ slug: Type.String(), name: Type.String() }), subject: Type.String(), body: Type.String(),
  format: Type.String(), delivery: Type.String(), requesterName: Type.Union([Type.String(), Type.Null()]), state: Type.String(),
  filedAt: Type.String({ format: 'date-time' }), receivedOn: Day, dueOn: Day, extendedDueOn: Day, effectiveDueOn: Day, correctionDueOn: Day,
  overdue: Type.Boolean(), answerKind: Type.Union([Type.String(), Type.Null()]), answeredAt: Type.Union([Type.String(), Type.Null()]),
  satisfied: Type.Union([Type.Boolean(), Type.Null()]),
  appeal: Type.Union([Type.Object({ from: Type.String(), until: Type.String(), basis: Type.String(), status: Type.String() }), Type.Null()],
    { description: 'The appeal window to the Consejo para la Transparencia (Ley 20.285 art. 24)' }),
  clock: Type.Unknown({ description: 'The legal clock with its provenance: every date and the days it skipped' }),
  events: Type.Array(Event), documents: Type.Array(DocumentJson), url: Type.String(),
});
const FileBody = Type.Object({ institution: Institution, ...FilingFields, showName: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false });
const Filed = Type.Object({
  folio: Type.String(), url: Type.String(), duplicate: Type.Boolean(),
  privateUrl: Type.Optional(Type.String({ description: 'The requester\'s private link; shown once, also mailed. Absent for a duplicate' })),
  dueOn: Type.Optional(Day),
});
const EventBody = Type.Object({
  kind: Type.Union(REQUEST_EVENT_KINDS.map((k) => Type.Literal(k))),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'The fields of the kind (events.ts)' }),
}, { additionalProperties: false });

export async function requestApiRoutes(app: FastifyInstance, { db, config, mailer }: ModuleDeps & { mailer: Mailer }) {
  const base = '/api/v1/transparency/requests';
  const one = async (id: number) => {
    const row = (await findRequestById(db, id))!;
    const [events, documents] = await Promise.all([listRequestEvents(db, id, { includeInternal: false }), listPublishedDocuments(db, id)]);
    return { ...presentRequest(row), events: events.map(presentRequestEvent), documents: documents.map((d) => presentDocument(d, row.institutionSlug, row.folio)),
      url: `${config.baseUrl}${requestPath(row.institutionSlug, row.folio)}` };
  };

  app.get(base, {
    schema: { summary: 'An institution\'s information requests, newest first, by cursor, filtered by state or overdue; ?format=csv|json exports the filtered list',
      tags, querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(Summary), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>;
    const institution = await findInstitutionOr404(db, q.institution);
    if (q.format) return streamRequests(db, reply, institution, q, q.format);
    const page = await listRequests(db, { ...filterOf(institution.id, q), cursor: q.cursor, limit: q.limit ?? 50 });
    return { items: page.items.map(presentRequestSummary), next: page.next };
  });

  app.get(`${base}/:institution/:folio`, {
    schema: { summary: 'One request: state, dates and the clock with its provenance, the answer, the appeal window, the public timeline and published documents',
      tags, params: OneParams, response: { 200: RequestJson } },
  }, async (request) => {
    const { institution, folio } = request.params as Static<typeof OneParams>;
    return one((await requestOf(db, (await findInstitutionOr404(db, institution)).id, folio)).id);
  });

  app.post(base, {
    schema: { summary: 'File an information request (no account needed; rate limited per address and email). Answers the folio and the requester\'s private link, also mailed',
      tags, body: FileBody, response: { 201: Filed, 200: Filed } },
    // No ambient credential is used (an account is linked only through a bearer token), so a cross-site request could
    // do nothing a direct one cannot: like an anonymous form post, minus the form.
    config: { csrfExempt: true },
  }, async (request, reply) => {
    const { institution: ref, showName, ...fields } = request.body as Static<typeof FileBody>;
    const institution = await findInstitutionOr404(db, ref);
    await limitFiling(db, request.ip, fields.email);
    const key = request.headers['idempotency-key'];
    const filing = { ...fields, showName: showName ?? false, submission: typeof key === 'string' ? key.slice(0, 100) : undefined };
    const personId = request.actor?.via === 'token' ? request.actor.personId : null;
    const outcome = await db.transaction((tx) => fileOnce(tx, institution.id, filing, personId, requestRulesOf(config)));
    const url = `${config.baseUrl}${requestPath(institution.slug, outcome.folio)}`;
    if (outcome.duplicate) return reply.code(200).send({ folio: outcome.folio, url, duplicate: true });
    const row = await findRequestById(db, outcome.id);
    await sendFiledEmail(mailer, config.baseUrl, { email: fields.email, name: fields.name, locale: request.locale },
      { ...outcome, institution, subject: fields.subject, dueOn: row?.dueOn ?? null });
    return reply.code(201).send({ folio: outcome.folio, url, duplicate: false, privateUrl: `${config.baseUrl}${followUpPath(outcome.accessToken)}`, dueOn: row?.dueOn ?? null });
  });

  app.post(`${base}/:institution/:folio/events`, {
    schema: { summary: 'Record a step of a request (officials of its institution with the transparency permission): kind and its data; refused steps answer 409 with the rule',
      tags, security: [{ bearer: [] }], params: OneParams, body: EventBody, response: { 201: RequestJson } },
    onRequest: async (request) => { if (!request.actor) throw unauthorized(); },
  }, async (request, reply) => {
    const { institution, folio } = request.params as Static<typeof OneParams>;
    const row = await requestOf(db, (await findInstitutionOr404(db, institution)).id, folio);
    const { kind, data } = request.body as { kind: RequestEventKind; data: Record<string, unknown> };
    const author = eventAuthorFor(request.actor, row, kind);
    if (!author) throw denied(true);
    await db.transaction((tx) => recordRequestEvent(tx, { requestId: row.id, kind, data, author, personId: request.actor!.personId }));
    return reply.code(201).send(await one(row.id));
  });
}
