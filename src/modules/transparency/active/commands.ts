// Publishing a monthly update (Ley 20.285 art. 7): the validated rows of one category for one period, with the file's
// name and digest, and its public audit entry, in the caller's transaction. Earlier updates of the same period are
// kept: the newest one is what readers see, and the history shows the correction.
import { createHash } from 'node:crypto';
import type { Tx } from '../../../core/db/client.js';
import { appendAudit } from '../../../core/audit/log.js';
import type { ActiveRow } from './parsing.js';
import { transparencyActiveRows, transparencyActiveUpdates } from './schema.js';

export interface UpdateInput {
  institutionId: number;
  category: string;
  period: string;
  fileName: string;
  bytes: Uint8Array;
  rows: ActiveRow[];
}

const INSERT_BATCH = 500;

/** Who publishes: an official (by person id and name, as the audit log records people), or the demo seed (no person). */
export interface Publisher { personId: number | null; name: string }

export async function publishUpdate(tx: Tx, input: UpdateInput, actor: Publisher): Promise<number> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const fileName = input.fileName.replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(-200) || 'actualizacion.csv';
  const [update] = await tx.insert(transparencyActiveUpdates).values({
    institutionId: input.institutionId, category: input.category, period: input.period, rowCount: input.rows.length,
    fileName, sha256, publishedBy: actor.personId,
  }).returning({ id: transparencyActiveUpdates.id });
  for (let i = 0; i < input.rows.length; i += INSERT_BATCH) {
    await tx.insert(transparencyActiveRows).values(input.rows.slice(i, i + INSERT_BATCH)
      .map((data, k) => ({ updateId: update!.id, institutionId: input.institutionId, position: i + k + 1, data })));
  }
  await appendAudit(tx, {
    actor: { id: actor.personId, label: actor.name }, institutionId: input.institutionId, action: 'transparency_active.publish', resourceType: 'transparency_active_update',
    resourceId: update!.id, public: true, summary: { category: input.category, period: input.period, rows: input.rows.length, fileName, sha256 },
  });
  return update!.id;
}
