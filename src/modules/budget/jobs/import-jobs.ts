// The import jobs of the upload page (budget_imports): stored by the request, run in the server (runner.ts), read by
// the job page. A job's problems are the parser's (line, code, message) or one of the job's own, with line 0.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import type { ImportProblem } from '../import/types.js';
import { budgetImports, type BudgetFormat } from '../schema.js';

/** Why a job failed when no parser problem says it (line 0): the messages are the log's, the page translates the code. */
export const JOB_FAILURES = {
  cube_taken: 'the cube belongs to another institution',
  interrupted: 'the server stopped before the import finished; nothing was imported',
  internal: 'the import failed on the server; nothing was imported',
} as const;
export type JobFailure = keyof typeof JOB_FAILURES;
export const jobFailure = (code: JobFailure): ImportProblem => ({ line: 0, code, message: JOB_FAILURES[code] });

export interface NewImportJob {
  institutionId: number;
  requestedBy: number;
  format: BudgetFormat;
  year: number;
  cube: string | null;
  sourceNames: string[];
}

export async function createImportJob(db: DbOrTx, job: NewImportJob): Promise<number> {
  const [row] = await db.insert(budgetImports).values(job).returning({ id: budgetImports.id });
  return row.id;
}

const UNFINISHED = ['queued', 'running'] as const;
export const unfinished = inArray(budgetImports.status, [...UNFINISHED]);

/** Ends a job that is still unfinished (a job the restart sweep already failed stays as it is). */
export async function failImportJob(db: DbOrTx, id: number, problems: ImportProblem[]) {
  await db.update(budgetImports).set({ status: 'failed', problems, finishedAt: new Date() })
    .where(and(eq(budgetImports.id, id), unfinished));
}

const jobColumns = {
  id: budgetImports.id, institutionId: budgetImports.institutionId, format: budgetImports.format, year: budgetImports.year,
  cube: budgetImports.cube, sourceNames: budgetImports.sourceNames, status: budgetImports.status, doneRows: budgetImports.doneRows,
  totalRows: budgetImports.totalRows, problems: budgetImports.problems, datasetId: budgetImports.datasetId,
  createdAt: budgetImports.createdAt, finishedAt: budgetImports.finishedAt, requestedByName: people.name,
};

/** A job of one institution, with the name of who started it (officials are named, as in the audit log). */
export async function findImportJob(db: DbOrTx, institutionId: number, id: number) {
  const [row] = await db.select(jobColumns).from(budgetImports).innerJoin(people, eq(people.id, budgetImports.requestedBy))
    .where(and(eq(budgetImports.id, id), eq(budgetImports.institutionId, institutionId)));
  return row ? { ...row, problems: problemsOf(row.problems) } : null;
}
export type ImportJob = NonNullable<Awaited<ReturnType<typeof findImportJob>>>;

/** The institution's latest jobs, newest first. */
export async function listImportJobs(db: DbOrTx, institutionId: number, limit = 20) {
  const rows = await db.select(jobColumns).from(budgetImports).innerJoin(people, eq(people.id, budgetImports.requestedBy))
    .where(eq(budgetImports.institutionId, institutionId)).orderBy(desc(budgetImports.id)).limit(limit);
  return rows.map((row) => ({ ...row, problems: problemsOf(row.problems) }));
}

/** The stored problems keep the parser's code (the column's type names only line and message). */
const problemsOf = (stored: { line: number; message: string }[]): ImportProblem[] =>
  stored.map((p) => ({ line: p.line, message: p.message, code: (p as Partial<ImportProblem>).code ?? '' }));
