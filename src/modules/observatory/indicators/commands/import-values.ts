// Importing indicator values (an official's CSV, SUBDERE SINIM's series): the rows parsed and checked whole by
// parsing.ts, upserted by (cut, year, indicator) as origin 'import' — a re-import of a corrected file updates the
// values it carries and leaves the others — with one public audit row of counts, then the index of every year the
// file touched recomputed in the same transaction, so the published scores never disagree with their inputs.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { recomputeIndex } from '../../index/commands/recompute.js';
import { observatoryValues } from '../schema.js';
import type { ValueRow } from '../parsing.js';

/** 6 parameters a row: well under PostgreSQL's 65,535 bind parameters a statement. */
const BATCH = 2000;

export interface ImportOutcome { rows: number; inserted: number; updated: number; years: number[] }

export async function importIndicatorValues(tx: Tx, rows: readonly ValueRow[], actor: AuditActor,
  onProgress: (done: number, total: number) => void = () => {}): Promise<ImportOutcome> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const written = await tx.insert(observatoryValues)
      .values(rows.slice(i, i + BATCH).map((r) => ({ ...r, origin: 'import' as const, provenance: null })))
      .onConflictDoUpdate({
        target: [observatoryValues.cut, observatoryValues.year, observatoryValues.indicator],
        set: { value: sql`excluded.value`, origin: sql`excluded.origin`, source: sql`excluded.source`, provenance: null, updatedAt: sql`now()` },
      })
      // xmax is 0 for a row this statement inserted and non-zero for one it updated (PostgreSQL's MVCC header).
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    inserted += written.filter((w) => w.inserted).length;
    onProgress(Math.min(i + BATCH, rows.length), rows.length);
  }
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const indicators = [...new Set(rows.map((r) => r.indicator))].sort();
  const sources = [...new Set(rows.map((r) => r.source))].sort().slice(0, 20);
  const outcome = { rows: rows.length, inserted, updated: rows.length - inserted, years };
  await appendAudit(tx, {
    actor, action: 'observatory.values.import', resourceType: 'observatory_values', public: true,
    summary: { ...outcome, indicators, sources },
  });
  if (years.length > 0) await recomputeIndex(tx, years, actor);
  return outcome;
}
