// The in-process runner of upload-page imports. The uploaded bytes live only in the memory of the process that took
// the upload, so its job runs there, started as soon as the request has been answered; the job row in the database is
// what any process shows. A restart loses those bytes: on start, jobs left unfinished by a process that is gone are
// marked failed (their transaction never committed, so nothing was written) and the person uploads again.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import { queryRows } from '../../../core/db/client.js';
import { budgetImports } from '../schema.js';
import { IMPORT_JOB_LOCK, runImportJob, type ImportJobRun } from './run-import.js';
import { jobFailure, unfinished } from './import-jobs.js';

export class ImportRunner {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly db: Db, private readonly log: FastifyBaseLogger) {}

  /** Runs the job after the current request's response (setImmediate), alongside any others. */
  start(job: ImportJobRun): void {
    const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => runImportJob(this.db, job, this.log))
      .catch((err: unknown) => this.log.error({ err, importJob: job.id }, 'budget import job crashed'))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Resolves when every job started so far has ended (graceful shutdown waits for it). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}

/**
 * Fails the unfinished jobs no process is running: a running job holds its advisory lock (run-import.ts), so a job
 * whose lock is free belongs to a process that stopped. Returns how many were failed.
 */
export async function failInterruptedImports(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const stale = await tx.select({ id: budgetImports.id }).from(budgetImports).where(unfinished);
    let failed = 0;
    for (const { id } of stale) {
      // Held until this transaction ends, so the job cannot start running meanwhile.
      const [{ free }] = await queryRows<{ free: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${IMPORT_JOB_LOCK}, ${id}) as free`);
      if (!free) continue;
      await tx.update(budgetImports).set({ status: 'failed', problems: [jobFailure('interrupted')], finishedAt: new Date() })
        .where(and(eq(budgetImports.id, id), unfinished));
      failed += 1;
    }
    return failed;
  });
}
