// /api/v1/participation/processes: anyone lists, searches, exports and reads processes; officials of the institution
// with the 'participation' permission (or its admins) create and edit them, with their phases.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../../../core/db/client.js';
import type { ModuleDeps } from '../../../core/module.js';
import { badRequest, denied, notFound, unauthorized } from '../../../core/http/errors.js';
import { decodeCursor, pageOf, PageQuery } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import type { Actor } from '../../../core/policy.js';
import { COMPONENTS, SCOPES } from './schema.js';
import { PROCESS_STATES } from './phases.js';
import { findProcess, listProcesses, type ProcessFilter } from './queries.js';
import { PROCESS_CSV_COLUMNS, ProcessJson, ProcessSummaryJson, presentProcess, presentProcessSummary } from './present.js';
import { canManageProcesses, editableProcess, submitNewProcess, submitProcessEdit, type WriteOutcome } from './service.js';
import { MAX_PHASES } from './validation.js';
import { formatPhaseDate } from './dates.js';

const tags = ['participation'];
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const PhaseBody = Type.Object({
  id: Type.Optional(Type.Integer({ minimum: 1, description: 'PATCH: an existing phase to keep and update; without it, a new phase' })),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time', description: 'Exclusive: the next phase may start at this instant' }),
  components: Type.Array(Type.Union(COMPONENTS.map((c) => Type.Literal(c))), { uniqueItems: true }),
}, { additionalProperties: false });
const Fields = {
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ minLength: 1, maxLength: 20000 }),
  scope: Type.Union(SCOPES.map((s) => Type.Literal(s))),
  scopeCode: Type.String({ pattern: '^\\d{2}(\\d{3})?$', description: 'CUT of the comuna (5 digits) or region (2 digits)' }),
  phases: Type.Array(PhaseBody, { minItems: 1, maxItems: MAX_PHASES }),
};
const NewProcessBody = Type.Object({ institution: Type.String({ maxLength: 100, description: 'Slug or CUT code' }), ...Fields }, { additionalProperties: false });
const EditProcessBody = Type.Partial(Type.Object(Fields, { additionalProperties: false }), {
  additionalProperties: false, description: '`phases`, when sent, replaces the whole set: phases with an id are kept, new ones added, the rest removed',
});
export const ListQuery = Type.Composite([PageQuery, Type.Object({
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Slug or CUT code' })),
  scope: Type.Optional(Type.String({ pattern: '^\\d{2}(\\d{3})?$', description: 'CUT of the comuna or region covered' })),
  state: Type.Optional(Type.Union(PROCESS_STATES.map((s) => Type.Literal(s)))),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the title or description (Spanish, accents ignored)' })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { description: 'Stream the whole filtered list' })),
  lang: Type.Optional(Type.String()),
})]);
export type ListQuery = Static<typeof ListQuery>;
type PhaseBody = Static<typeof PhaseBody>;

const toPhase = (p: PhaseBody) => ({ ...p, title: p.title.trim(), startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) });

/** The query's filters as a ProcessFilter (the institution by slug or CUT; an unknown one is a 400). */
export async function filterOf(db: Db, q: ListQuery, limit: number): Promise<ProcessFilter> {
  const institution = q.institution ? await findInstitution(db, q.institution) : null;
  if (q.institution && !institution) throw badRequest('participation.process.unknownInstitution', { ref: q.institution });
  return { institutionId: institution?.id, scopeCode: q.scope, state: q.state, q: q.q?.trim() || undefined, after: decodeCursor(q.cursor)?.[0] as number | undefined, limit, now: new Date() };
}

/** The whole filtered list, read in keyset batches and streamed (never the whole result in memory). */
export function exportProcesses(db: Db, filter: ProcessFilter, format: 'csv' | 'json', reply: FastifyReply) {
  async function* rows() {
    for (let after = filter.after ?? null; ;) {
      const batch = await listProcesses(db, { ...filter, after, limit: 500 });
      for (const r of batch.slice(0, 500)) yield presentProcessSummary(r, filter.now);
      if (batch.length <= 500) return;
      after = batch[499]!.id;
    }
  }
  return sendCsv(reply, format, 'procesos-participativos', PROCESS_CSV_COLUMNS, rows());
}

/** 401 before the CSRF check, so an API client without a token learns it must authenticate. */
const requireActor = async (request: FastifyRequest) => { if (!request.actor) throw unauthorized(); };

function answer(outcome: WriteOutcome): number {
  if (!outcome.ok) throw badRequest(outcome.problem.key, outcome.problem.params);
  return outcome.id;
}

export async function processApiRoutes(app: FastifyInstance, { db }: ModuleDeps) {

  app.get('/api/v1/participation/processes', {
    schema: { summary: 'List processes (newest first), filtered; `format=csv|json` streams the whole list', tags, querystring: ListQuery,
      response: { 200: Type.Object({ items: Type.Array(ProcessSummaryJson), next: Type.Union([Type.String(), Type.Null()]) }) } },
  }, async (request, reply) => {
    const q = request.query as ListQuery;
    const filter = await filterOf(db, q, q.limit ?? 50);
    if (q.format) return exportProcesses(db, filter, q.format, reply);
    const { items, next } = pageOf(await listProcesses(db, filter), filter.limit, (r) => [r.id]);
    return { items: items.map((r) => presentProcessSummary(r, filter.now)), next };
  });

  app.get('/api/v1/participation/processes/:id', {
    schema: { summary: 'A process with its phases, the active phase and what it enables now', tags, params: IdParams, response: { 200: ProcessJson } },
  }, async (request) => {
    const process = await findProcess(db, (request.params as Static<typeof IdParams>).id);
    if (!process) throw notFound();
    return presentProcess(process, new Date());
  });

  app.post('/api/v1/participation/processes', {
    schema: { summary: 'Create a process with its phases (officials with the participation permission, institution admins)', tags,
      security: [{ bearer: [] }], body: NewProcessBody, headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) }),
      response: { 201: ProcessJson } },
    onRequest: requireActor,
  }, async (request, reply) => {
    const { institution: ref, phases, ...body } = request.body as Static<typeof NewProcessBody>;
    const institution = await findInstitution(db, ref);
    if (!institution) throw badRequest('participation.process.unknownInstitution', { ref });
    if (!canManageProcesses(request.actor, institution.id)) throw denied(true);
    const id = answer(await submitNewProcess(db, request.actor as Actor, institution, { ...body, title: body.title.trim(), phases: phases.map(toPhase) },
      (d: Date) => formatPhaseDate(request.locale, d), request.headers['idempotency-key'] as string | undefined));
    return reply.code(201).send(presentProcess((await findProcess(db, id))!, new Date()));
  });

  app.patch('/api/v1/participation/processes/:id', {
    schema: { summary: 'Edit a process; `phases` replaces its phases (audited)', tags, security: [{ bearer: [] }], params: IdParams, body: EditProcessBody, response: { 200: ProcessJson } },
    onRequest: requireActor,
  }, async (request) => {
    const { process, institution } = await editableProcess(db, request.actor as Actor, (request.params as Static<typeof IdParams>).id);
    const { phases, ...body } = request.body as Static<typeof EditProcessBody>;
    answer(await submitProcessEdit(db, request.actor as Actor, process, institution, { ...body, phases: phases?.map(toPhase) }, (d: Date) => formatPhaseDate(request.locale, d)));
    return presentProcess((await findProcess(db, process.id))!, new Date());
  });
}
