// A running import's progress (rows done of rows in all) written to its job row for the job page.
//
// The writes go through the database, not the import's transaction, so another connection can read them while the
// import runs (PostgreSQL). They are never awaited by the import: on PGlite, one connection that runs one transaction
// at a time, a write waits until the import commits, and awaiting it there would deadlock. Reports are coalesced: at
// most one write in flight, the latest figures win. A write touches only an unfinished job, so a late one cannot undo
// the final state.
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import { budgetImports } from '../schema.js';
import { unfinished } from './import-jobs.js';

export interface ProgressWriter {
  /** Marks the job running with these figures (total 0 while the files are being parsed). */
  report(done: number, total: number): void;
  /** Resolves when every report made so far is written. */
  flush(): Promise<void>;
}

export function progressWriter(db: Db, jobId: number, log: FastifyBaseLogger): ProgressWriter {
  let latest = { done: 0, total: 0 };
  let queued = false;
  let chain = Promise.resolve();
  const write = async () => {
    queued = false;
    const { done, total } = latest;
    try {
      await db.update(budgetImports).set({ status: 'running', doneRows: done, totalRows: total })
        .where(and(eq(budgetImports.id, jobId), unfinished));
    } catch (err) {
      log.warn({ err, importJob: jobId }, 'could not record import progress');
    }
  };
  return {
    report(done, total) {
      latest = { done, total };
      if (queued) return;
      queued = true;
      chain = chain.then(write);
    },
    flush: () => chain,
  };
}
