// /auditoria: the public audit log, with filters, as HTML, JSON and CSV; GET /api/v1/audit for programs.
// Private entries (a person's own account) are listed only for platform admins who ask for them (?include=private).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Db } from '../db/client.js';
import type { MessageKey } from '../i18n/index.js';
import { canReadPrivateAudit, type Actor } from '../policy.js';
import { badRequest, denied } from '../http/errors.js';
import { decodeCursor, pageOf, PageQuery } from '../http/pagination.js';
import { sendCsv } from '../http/csv.js';
import { findInstitution, type InstitutionDetail } from '../tenancy/queries.js';
import { listAuditEntries, type AuditFilter } from './queries.js';
import { AUDIT_CSV_COLUMNS, AuditEntryJson, presentAuditEntry } from './present.js';
import { AuditLogPage } from './views.js';

const day = (description: string) => Type.Optional(Type.String({ pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', description }));
const FilterQuery = Type.Object({
  institution: Type.Optional(Type.String({ maxLength: 100, description: 'Institution slug, 5-digit comuna CUT or 2-digit region CUT' })),
  action: Type.Optional(Type.String({ maxLength: 100, pattern: '^[a-z0-9_.]*$', examples: ['role.grant'] })),
  resource: Type.Optional(Type.String({ maxLength: 100, pattern: '^[a-z0-9_.]*$', description: 'Resource type', examples: ['role_assignment'] })),
  from: day('First day, YYYY-MM-DD in America/Santiago'),
  to: day('Last day (included), YYYY-MM-DD in America/Santiago'),
  include: Type.Optional(Type.Literal('private', { description: 'Also private entries (platform admins only)' })),
});
const ApiQuery = Type.Composite([PageQuery, FilterQuery]);
const PageQueryString = Type.Composite([ApiQuery, Type.Object({
  format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('json'), Type.Literal('csv')])),
  lang: Type.Optional(Type.String()),
})]);
export type AuditQuery = Static<typeof PageQueryString>;

type Resolved = { filter: Omit<AuditFilter, 'limit' | 'beforeSeq'>; institution: InstitutionDetail | null };
type Rejected = { field: 'institution' | 'from' | 'to'; key: MessageKey; params?: Record<string, string> };

/** Rejects dates the pattern lets through but the calendar doesn't have (2026-02-30). */
function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** The query as a filter, or the first field that makes no sense; private entries need the policy's permission. */
async function resolveFilter(db: Db, q: AuditQuery, actor: Actor | null): Promise<Resolved | Rejected> {
  if (q.include === 'private' && !canReadPrivateAudit(actor)) throw denied(actor !== null);
  for (const field of ['from', 'to'] as const) {
    if (q[field] && !isCalendarDay(q[field])) return { field, key: 'audit.invalidDate' };
  }
  const ref = q.institution?.trim();
  const institution = ref ? await findInstitution(db, ref) : null;
  if (ref && !institution) return { field: 'institution', key: 'audit.unknownInstitution', params: { ref } };
  return {
    institution,
    filter: {
      includePrivate: q.include === 'private', institutionId: institution?.id, action: q.action || undefined,
      resourceType: q.resource || undefined, from: q.from || undefined, to: q.to || undefined,
    },
  };
}

async function page(db: Db, filter: Resolved['filter'], q: AuditQuery) {
  const [beforeSeq] = (decodeCursor(q.cursor) ?? [null]) as [number | null];
  const limit = q.limit ?? 50;
  return pageOf(await listAuditEntries(db, { ...filter, beforeSeq, limit }), limit, (r) => [r.seq]);
}

export async function auditRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.get('/api/v1/audit', {
    schema: {
      summary: 'The audit log, newest first: public entries (officials\' actions on public resources), filterable', tags: ['audit'],
      querystring: ApiQuery,
      response: { 200: Type.Object({ items: Type.Array(AuditEntryJson), next: Type.Union([Type.String(), Type.Null()]) }) },
    },
  }, async (request) => {
    const q = request.query as AuditQuery;
    const resolved = await resolveFilter(db, q, request.actor);
    if ('key' in resolved) throw badRequest(resolved.key, resolved.params);
    const { items, next } = await page(db, resolved.filter, q);
    return { items: items.map(presentAuditEntry), next };
  });

  app.get('/auditoria', { schema: { hide: true, querystring: PageQueryString } }, async (request, reply) => {
    const q = request.query as AuditQuery;
    const resolved = await resolveFilter(db, q, request.actor);
    const ctx = request.view();
    if ('key' in resolved) {
      const errors = { [resolved.field]: ctx.t(resolved.key, resolved.params) };
      return reply.html(<AuditLogPage ctx={ctx} query={q} items={[]} next={null} errors={errors} institution={null} />, 400);
    }
    if (q.format === 'csv' || q.format === 'json') return exportAll(db, resolved.filter, q.format, reply);
    const { items, next } = await page(db, resolved.filter, q);
    return reply.html(<AuditLogPage ctx={ctx} query={q} items={items} next={next} institution={resolved.institution} />);
  });
}

/** The whole filtered log, batch by batch from the database, streamed out (never the whole result in memory). */
function exportAll(db: Db, filter: Resolved['filter'], format: 'csv' | 'json', reply: FastifyReply) {
  const BATCH = 500;
  async function* rows() {
    let beforeSeq: number | null = null;
    for (;;) {
      const batch = await listAuditEntries(db, { ...filter, beforeSeq, limit: BATCH });
      for (const r of batch.slice(0, BATCH)) yield presentAuditEntry(r);
      if (batch.length <= BATCH) return;
      beforeSeq = batch[BATCH - 1].seq;
    }
  }
  return sendCsv(reply, format, 'auditoria', AUDIT_CSV_COLUMNS, rows());
}
