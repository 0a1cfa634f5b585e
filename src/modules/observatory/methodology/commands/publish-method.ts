// Publishes a new version of the index's method: the next version number, the steward's note, a public audit row
// with what changed against the version before, and the scores of every year recomputed under it in the same
// transaction (index/commands/recompute.ts), so no page shows a score its published method does not give.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { observatoryMethods } from '../../schema.js';
import type { MethodSpec } from '../../index/method.js';
import { recomputeIndex } from '../../index/commands/recompute.js';
import { findCurrentMethod } from '../../index/queries.js';
import { diffSpecs, type SpecChange } from '../spec.js';

/** One publisher at a time: two stewards publishing at once would otherwise both take the same next number. */
const PUBLISH_LOCK = 0x0b5e7a;

export async function publishMethod(tx: Tx, spec: MethodSpec, note: string, actor: AuditActor & { id: number }): Promise<{ version: number; changes: SpecChange[] }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`);
  let previous = await findCurrentMethod(tx);
  if (!previous) {
    // Published before the index was ever computed: recompute writes version 1, the default, so the history starts there.
    await recomputeIndex(tx, 'all', actor);
    previous = (await findCurrentMethod(tx))!;
  }
  const version = previous.version + 1;
  const changes = diffSpecs(previous.spec, spec);
  await tx.insert(observatoryMethods).values({ version, spec, note, publishedBy: actor.id });
  await appendAudit(tx, {
    actor, action: 'observatory_method.publish', resourceType: 'observatory_method', resourceId: version, public: true,
    summary: { version, previousVersion: previous.version, note, changes },
  });
  await recomputeIndex(tx, 'all', actor);
  return { version, changes };
}
