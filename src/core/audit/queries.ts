// Reads over the audit log: the newest entries first, filtered, by cursor (seq), public ones unless asked otherwise.
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { institutions } from '../tenancy/schema.js';
import { auditLog } from './schema.js';

export interface AuditFilter {
  /** Private entries (a person's own account events) only for readers allowed to see them. */
  includePrivate: boolean;
  institutionId?: number;
  action?: string;
  resourceType?: string;
  /** Calendar days (YYYY-MM-DD) in America/Santiago, both included. */
  from?: string;
  to?: string;
  /** Cursor: the seq of the last entry of the previous page. */
  beforeSeq?: number | null;
  limit: number;
}

/** Midnight of a Santiago calendar day as an instant; PostgreSQL applies the Chilean DST rules of that date. */
const santiagoMidnight = (day: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone 'America/Santiago')`;

export async function listAuditEntries(db: DbOrTx, f: AuditFilter) {
  const conditions: SQL[] = [];
  if (!f.includePrivate) conditions.push(eq(auditLog.public, true));
  if (f.institutionId !== undefined) conditions.push(eq(auditLog.institutionId, f.institutionId));
  if (f.action) conditions.push(eq(auditLog.action, f.action));
  if (f.resourceType) conditions.push(eq(auditLog.resourceType, f.resourceType));
  if (f.from) conditions.push(sql`${auditLog.at} >= ${santiagoMidnight(f.from)}`);
  if (f.to) conditions.push(sql`${auditLog.at} < ${santiagoMidnight(f.to, 1)}`);
  if (f.beforeSeq != null) conditions.push(lt(auditLog.seq, f.beforeSeq));
  return db.select({
    seq: auditLog.seq, at: auditLog.at, actorId: auditLog.actorId, actorLabel: auditLog.actorLabel,
    institutionId: auditLog.institutionId, institutionSlug: institutions.slug, institutionName: institutions.name,
    action: auditLog.action, resourceType: auditLog.resourceType, resourceId: auditLog.resourceId,
    summary: auditLog.summary, public: auditLog.public, prevHash: auditLog.prevHash, hash: auditLog.hash,
  }).from(auditLog)
    .leftJoin(institutions, eq(institutions.id, auditLog.institutionId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(f.limit + 1);
}
export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>[number];
