// The proposal index as the API and the page read it: the filter from the query (state=held only for officials),
// one page by cursor, or the whole filtered list streamed as CSV or JSON in keyset batches.
import type { FastifyReply } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { forbidden } from '../../../core/http/errors.js';
import type { Actor } from '../../../core/policy.js';
import type { ProcessDetail } from '../processes/queries.js';
import { isPublicState, type ProposalState } from './lifecycle.js';
import { canAnswerProposals } from './policy.js';
import { allProposals, listProposals, sortKey, type ProposalFilter, type ProposalSort } from './queries.js';
import { EXPORT_COLUMNS, presentListItem } from './present.js';
import type { ProposalCategory } from './schema.js';

export interface ListQuery { state?: ProposalState; category?: ProposalCategory; q?: string; sort?: ProposalSort; cursor?: string; limit?: number }

export function filterOf(actor: Actor | null, process: ProcessDetail, q: ListQuery): ProposalFilter {
  if (q.state && !isPublicState(q.state) && !canAnswerProposals(actor, process.institutionId)) throw forbidden();
  return { processId: process.id, state: q.state, category: q.category, q: q.q?.trim() || undefined, sort: q.sort ?? 'supports', after: decodeCursor(q.cursor) };
}

export async function listPage(db: Db, actor: Actor | null, process: ProcessDetail, q: ListQuery) {
  const filter = filterOf(actor, process, q);
  const limit = q.limit ?? 50;
  const page = pageOf(await listProposals(db, filter, limit), limit, sortKey(filter.sort));
  return { items: page.items.map(presentListItem), next: page.next };
}

export function streamList(db: Db, reply: FastifyReply, actor: Actor | null, process: ProcessDetail, q: ListQuery, format: 'csv' | 'json') {
  const filter = { ...filterOf(actor, process, q), after: null };
  async function* rows() { for await (const r of allProposals(db, filter)) yield presentListItem(r); }
  return sendCsv(reply, format, `propuestas-proceso-${process.id}`, EXPORT_COLUMNS, rows());
}
