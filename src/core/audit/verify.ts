// Walks the audit chain from the first entry to the head, in batches (the log may hold millions of entries), and
// recomputes every link: each entry's hash must match its fields, each prev_hash must be the hash of the entry
// before it, and seq must have no gaps. Any edit, deletion, reordering or forgery of a past entry breaks one of
// these. Removing the newest entries leaves a shorter valid chain: publishing the head hash elsewhere guards that.
import { asc, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { GENESIS_HASH, hashEntry } from './log.js';
import { auditLog } from './schema.js';

/**
 * missing: a gap in seq (a deleted entry); inserted: an entry numbered before the first one; edited: the fields no
 * longer match the hash; unlinked: prev_hash is not the previous entry's hash.
 */
export type BreakReason = 'missing' | 'inserted' | 'edited' | 'unlinked';

export type VerifyResult =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; firstBad: { seq: number; reason: BreakReason } };

export async function verifyAuditChain(
  db: DbOrTx,
  onProgress?: (verified: number, total: number) => void,
  batchSize = 2000,
): Promise<VerifyResult> {
  const total = onProgress ? await countEntries(db) : 0;
  let prev = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  for (;;) {
    // The first batch has no lower bound, so a row slipped in below seq 1 is seen too.
    const batch = await db.select().from(auditLog).where(count > 0 ? gt(auditLog.seq, prev.seq) : undefined)
      .orderBy(asc(auditLog.seq)).limit(batchSize);
    for (const entry of batch) {
      const bad = (reason: BreakReason, seq = entry.seq): VerifyResult => ({ ok: false, count, firstBad: { seq, reason } });
      if (entry.seq <= prev.seq) return bad('inserted');
      if (entry.seq !== prev.seq + 1) return bad('missing', prev.seq + 1);
      const { hash, ...fields } = entry;
      if (hashEntry(fields) !== hash) return bad('edited');
      if (entry.prevHash !== prev.hash) return bad('unlinked');
      prev = { seq: entry.seq, hash };
      count++;
    }
    onProgress?.(count, Math.max(total, count));
    if (batch.length < batchSize) return { ok: true, count, head: prev.hash };
  }
}

async function countEntries(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return Number(row.n);
}
