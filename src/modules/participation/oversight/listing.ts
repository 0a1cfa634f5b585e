// The observation list as the API and the page read it: the filter from the query, one page by cursor (newest
// first), or the whole filtered list streamed as CSV or JSON in keyset batches (core/http/csv.ts).
import type { FastifyReply } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { badRequest } from '../../../core/http/errors.js';
import { sendCsv } from '../../../core/http/csv.js';
import type { Body } from './queries.js';
import { allObservations, listObservations, type ObservationFilter } from './queries.js';
import { EXPORT_COLUMNS, presentListItem } from './present.js';
import type { ObservationStatus, ObservationTarget } from './schema.js';
import { todayInChile } from './service.js';

/** The statuses a list may be filtered by: overdue is an open observation past its due date. */
export const STATUS_FILTERS = ['open', 'overdue', 'answered', 'closed'] as const satisfies ReadonlyArray<ObservationStatus | 'overdue'>;

export interface ListQuery { status?: (typeof STATUS_FILTERS)[number]; targetType?: ObservationTarget; cursor?: string; limit?: number }

export function filterOf(body: Body, q: ListQuery, today = todayInChile()): ObservationFilter {
  const key = decodeCursor(q.cursor);
  if (key && typeof key[0] !== 'number') throw badRequest('validation.invalid');
  return { bodyId: body.id, status: q.status, targetType: q.targetType, today, after: (key?.[0] as number | undefined) ?? null };
}

export async function listPage(db: Db, body: Body, q: ListQuery, limit = q.limit ?? 50) {
  const filter = filterOf(body, q);
  const page = pageOf(await listObservations(db, filter, limit), limit, (r) => [r.id]);
  return { items: page.items.map((r) => presentListItem(r, filter.today)), next: page.next };
}

export function streamList(db: Db, reply: FastifyReply, body: Body, slug: string, q: ListQuery, format: 'csv' | 'json') {
  const filter = { ...filterOf(body, q), after: null };
  async function* rows() { for await (const r of allObservations(db, filter)) yield presentListItem(r, filter.today); }
  return sendCsv(reply, format, `observaciones-organo-contralor-${slug}`, EXPORT_COLUMNS, rows());
}
