// What the API and the pages share: the institution, commitment and plan by id or 404, today's date in Santiago (the
// day overdue is judged on), the list filter from a query, and the streamed export.
import type { FastifyReply } from 'fastify';
import type { Db, DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { decodeCursor } from '../../../core/http/pagination.js';
import { sendCsv } from '../../../core/http/csv.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { allCommitments, findCommitment, type CommitmentDetail, type CommitmentFilter } from './queries.js';
import { findPlan, type PlanDetail } from './plans.js';
import { EXPORT_COLUMNS, presentListItem } from './present.js';
import type { CommitmentStatus, OriginType } from './schema.js';

export const today = () => toSantiagoDate(new Date());

export async function institutionOf(db: DbOrTx, slug: string) {
  const institution = await findInstitution(db, slug);
  if (!institution) throw notFound();
  return institution;
}

export async function commitmentOf(db: DbOrTx, id: number): Promise<CommitmentDetail> {
  const found = await findCommitment(db, id, today());
  if (!found) throw notFound();
  return found;
}

export async function planOf(db: DbOrTx, id: number): Promise<PlanDetail> {
  const found = await findPlan(db, id);
  if (!found) throw notFound();
  return found;
}

export interface FilterQuery { status?: CommitmentStatus; overdue?: 'true' | 'false'; origin?: OriginType; plan?: number; pillar?: number; axis?: number; cursor?: string }

export const filterOf = (institutionId: number, q: FilterQuery): CommitmentFilter => ({
  institutionId, status: q.status, overdue: q.overdue === undefined ? undefined : q.overdue === 'true', origin: q.origin,
  planId: q.plan, pillarId: q.pillar, axisId: q.axis, after: decodeCursor(q.cursor),
});

export function streamCommitments(db: Db, reply: FastifyReply, institution: { id: number; slug: string }, q: FilterQuery, format: 'csv' | 'json') {
  const filter = { ...filterOf(institution.id, q), after: null };
  const day = today();
  async function* rows() { for await (const r of allCommitments(db, filter, day)) yield presentListItem(r); }
  return sendCsv(reply, format, `compromisos-${institution.slug}`, EXPORT_COLUMNS, rows());
}
