// Appends audit entries inside the caller's transaction, so a change and its audit row commit or vanish together.
// Each entry's hash covers its own fields and the previous entry's hash: editing or deleting any past entry
// breaks the chain, which `cabildo audit verify` detects.
import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { auditLog } from './schema.js';

export const GENESIS_HASH = '0'.repeat(64);
/** Arbitrary constant: one writer at a time extends the chain (a transaction-level advisory lock). */
const AUDIT_LOCK = 0x0a0d17;

export interface AuditActor {
  id: number | null;
  /** A display name or "cli"/"system"; never an email or RUN, since public entries show it. */
  label: string;
}

export interface AuditEntry {
  actor: AuditActor;
  institutionId?: number | null;
  action: string;
  resourceType: string;
  resourceId?: string | number | null;
  summary?: Record<string, unknown>;
  /** True for official acts on public resources; false for e.g. a resident's own account. */
  public: boolean;
}

type StoredEntry = typeof auditLog.$inferSelect;

export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<StoredEntry> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    institutionId: entry.institutionId ?? null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId == null ? null : String(entry.resourceId),
    summary: entry.summary ?? {},
    public: entry.public,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const stored = { ...row, hash: hashEntry(row) };
  await tx.insert(auditLog).values(stored);
  return stored;
}

export function hashEntry(e: Omit<StoredEntry, 'hash'>): string {
  const fields = [e.seq, e.at.toISOString(), e.actorId, e.actorLabel, e.institutionId, e.action, e.resourceType,
    e.resourceId, e.summary, e.public, e.prevHash];
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** JSON with object keys sorted, so a jsonb round trip (which reorders keys) hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).sort().filter((k) => obj[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
