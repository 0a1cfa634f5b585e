// The public pages of requests: an institution's list (…/transparencia/solicitudes, GET filters, cursor, ?format=
// csv|json streams the filtered list) and a request's page (…/solicitudes/{folio}), with its published documents.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { ModuleDeps } from '../../../core/module.js';
import type { Db } from '../../../core/db/client.js';
import { sendCsv } from '../../../core/http/csv.js';
import { listPublishedDocuments } from '../documents/queries.js';
import { RequestDocuments } from '../documents/views/index.js';
import { allRequests, listRequests } from './queries.js';
import { presentRequestSummary } from './present.js';
import { REQUEST_STATES } from './schema.js';
import { FOLIO_PATTERN, requestOf, today, viewOf } from './routes.service.js';
import { RequestListPage, type ListQuery } from './views/list-page.js';
import { RequestPage } from './views/request-page.js';
import { requestPath, requestsPath } from './views/paths.js';
import { findInstitutionOr404 } from '../../../core/tenancy/queries.js';

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });
const FolioParams = Type.Object({ slug: Type.String({ maxLength: 100 }), folio: Type.String({ pattern: FOLIO_PATTERN }) });
export const ListFilter = {
  state: Type.Optional(Type.Union(REQUEST_STATES.map((s) => Type.Literal(s)))),
  overdue: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')], { description: 'Only overdue (true) or only not overdue (false)' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the folio, subject or text (accents ignored)' })),
  cursor: Type.Optional(Type.String({ maxLength: 500, description: 'Opaque cursor from the previous page\'s `next`' })),
  format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { description: 'Export the whole filtered list' })),
};
const ListQuerySchema = Type.Object(ListFilter);
export const EXPORT_COLUMNS = ['folio', 'subject', 'state', 'filedAt', 'receivedOn', 'effectiveDueOn', 'overdue', 'answerKind', 'requesterName'];
const PAGE_SIZE = 30;

export const filterOf = (institutionId: number, q: Omit<ListQuery, 'cursor'>) =>
  ({ institutionId, state: q.state, overdue: q.overdue === undefined ? undefined : q.overdue === 'true', q: q.q?.trim() || undefined });

/** The whole filtered list, streamed in keyset batches (DESIGN.md convention 7). */
export function streamRequests(db: Db, reply: FastifyReply, institution: { id: number; slug: string }, q: ListQuery, format: 'csv' | 'json') {
  async function* rows() { for await (const r of allRequests(db, filterOf(institution.id, q))) yield presentRequestSummary(r); }
  return sendCsv(reply, format, `solicitudes-${institution.slug}`, EXPORT_COLUMNS, rows());
}

export async function publicRoutes(app: FastifyInstance, { db }: ModuleDeps) {
  app.get(requestsPath(':slug'), { schema: { hide: true, params: SlugParams, querystring: ListQuerySchema } }, async (request, reply) => {
    const institution = await findInstitutionOr404(db, (request.params as Static<typeof SlugParams>).slug);
    const q = request.query as Static<typeof ListQuerySchema>;
    if (q.format) return streamRequests(db, reply, institution, q, q.format);
    const page = await listRequests(db, { ...filterOf(institution.id, q), cursor: q.cursor, limit: PAGE_SIZE });
    return reply.html(<RequestListPage ctx={request.view()} institution={institution} filter={q} rows={page.items.map(presentRequestSummary)} next={page.next} />);
  });

  app.get(requestPath(':slug', ':folio'), { schema: { hide: true, params: FolioParams } }, async (request, reply) => {
    const { slug, folio } = request.params as Static<typeof FolioParams>;
    const row = await requestOf(db, (await findInstitutionOr404(db, slug)).id, folio);
    const documents = await listPublishedDocuments(db, row.id);
    return reply.html(<RequestPage ctx={request.view()} r={await viewOf(db, row, 'public')} today={today()}
      documents={<RequestDocuments ctx={request.view()} slug={row.institutionSlug} folio={row.folio} documents={documents} />} />);
  });
}
