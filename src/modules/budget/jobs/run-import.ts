// Runs one upload-page import: parse the files, then importDataset, in one transaction that also marks the job done,
// so a job reads done exactly when its dataset is committed. A file with problems, a cube of another institution or
// any failure rolls everything back and leaves the job failed with its problems: nothing half-written, ever.
//
// The transaction holds an advisory lock keyed by the job for its whole life: the restart sweep (runner.ts) fails
// only jobs nobody holds, so a second app process starting up never fails a job another process is running.
// Progress is written outside the transaction (progress.ts), where the job page can read it while the import runs.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../core/db/client.js';
import type { AuditActor } from '../../../core/audit/log.js';
import { CubeTakenError, importDataset } from '../commands/import-dataset.js';
import { IMPORTERS, checksumOf } from '../import/importers.js';
import type { ImportFile } from '../import/dipres-ejecucion.js';
import type { ImportProblem } from '../import/types.js';
import { budgetImports, type BudgetFormat } from '../schema.js';
import { failImportJob, jobFailure, unfinished } from './import-jobs.js';
import { progressWriter } from './progress.js';

/** Arbitrary constant: the first key of the advisory lock a running job holds (the second is its id). */
export const IMPORT_JOB_LOCK = 0x0b1b0b;

export interface ImportJobRun {
  id: number;
  institutionId: number;
  format: BudgetFormat;
  year: number;
  cube: string | null;
  files: ImportFile[];
  actor: AuditActor;
}

export async function runImportJob(db: Db, job: ImportJobRun, log: FastifyBaseLogger): Promise<void> {
  const progress = progressWriter(db, job.id, log);
  let problems: ImportProblem[] | null = null;
  try {
    problems = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_JOB_LOCK}, ${job.id})`);
      const [row] = await tx.select({ id: budgetImports.id }).from(budgetImports).where(and(eq(budgetImports.id, job.id), unfinished));
      if (!row) return null; // failed by the restart sweep before it could start
      progress.report(0, 0);
      const importer = IMPORTERS[job.format];
      const parsed = importer.parse(job.files, job.year);
      if (!parsed.ok) return parsed.problems;
      const total = parsed.budget.facts.length;
      progress.report(0, total);
      const result = await importDataset(tx, {
        institutionId: job.institutionId, cube: job.cube ?? undefined, year: job.year, format: job.format, kind: importer.kindOf(parsed.budget),
        sourceNames: job.files.map((f) => f.name), checksum: checksumOf(job.files), budget: parsed.budget,
      }, job.actor, progress.report);
      await tx.update(budgetImports).set({
        status: 'done', cube: result.cube, datasetId: result.datasetId, doneRows: total, totalRows: total, finishedAt: new Date(),
      }).where(eq(budgetImports.id, job.id));
      return null;
    });
  } catch (err) {
    if (err instanceof CubeTakenError) {
      problems = [jobFailure('cube_taken')];
    } else {
      log.error({ err, importJob: job.id }, 'budget import failed');
      problems = [jobFailure('internal')];
    }
  }
  // Queued progress writes go first (on PGlite they waited for the transaction), then the final state.
  await progress.flush();
  if (problems) await failImportJob(db, job.id, problems);
}
