// CONTRACT STUB (the index engine area replaces the body): recomputes the scores and the sensitivity of these years
// under the current method version (writing version 1, DEFAULT_METHOD, the first time), in the caller's transaction,
// with one audit row. Every command that changes the index's inputs (an import, a computed refresh, an adoption
// status, a new method version) calls it before committing. 'all' means every year that has values.
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';

export async function recomputeIndex(_tx: Tx, years: number[] | 'all', _actor: AuditActor): Promise<{ methodVersion: number; years: number[] }> {
  return { methodVersion: 1, years: years === 'all' ? [] : years };
}
